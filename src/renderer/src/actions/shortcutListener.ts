// Runs actions from the keyboard. Installed once, before the first render, so no key press is
// missed while views mount; typing in a field never triggers a single-key shortcut.

import { currentCapabilities } from './capabilities';
import { actionForKey, keyName, SEQUENCE_PREFIXES } from './registry';

const SEQUENCE_TIMEOUT_MS = 1200;

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function installShortcutListener(target: Window = window): () => void {
  let prefix: { key: string; at: number } | null = null;
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    if (['Shift', 'Control', 'Meta', 'Alt'].includes(event.key)) return;
    const single = keyName(event);
    if (isTypingTarget(event.target) && !single.startsWith('Mod+')) return;
    const pending = prefix && event.timeStamp - prefix.at < SEQUENCE_TIMEOUT_MS ? prefix.key : null;
    prefix = null;
    const capabilities = currentCapabilities();
    const action =
      (pending ? actionForKey(`${pending} ${single}`, capabilities) : undefined) ?? actionForKey(single, capabilities);
    if (action) {
      event.preventDefault();
      action.run(capabilities);
    } else if (SEQUENCE_PREFIXES.has(single)) {
      prefix = { key: single, at: event.timeStamp };
    }
  };
  // Capture phase: app shortcuts are seen before any element's own key handling.
  target.addEventListener('keydown', onKeyDown, true);
  return () => target.removeEventListener('keydown', onKeyDown, true);
}

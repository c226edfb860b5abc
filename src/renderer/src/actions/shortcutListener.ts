// Runs actions from the keyboard. Installed once, before the first render, so no key press is
// missed while views mount: a shortcut pressed before the app has said it is ready is held and run
// once it is. Typing in a field never triggers a single-key shortcut.

import { currentCapabilities } from './capabilities';
import { actionForKey, isBoundKey, keyName, SEQUENCE_PREFIXES } from './registry';

const SEQUENCE_TIMEOUT_MS = 1200;
/** More early presses than a person makes before the first frame; the rest are not held. */
const MAX_HELD_KEYS = 16;

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

let ready = false;
let held: { key: string; at: number }[] = [];
let runHeld: (() => void) | null = null;

/** Called by the shell once its views provide their capabilities: held shortcuts run now, in order. */
export function markActionsReady(): void {
  if (ready) return;
  ready = true;
  runHeld?.();
}

export function installShortcutListener(target: Window = window): () => void {
  let prefix: { key: string; at: number } | null = null;

  /** Runs the action for one key press; true when the press was a shortcut or a sequence's start. */
  const press = (single: string, at: number): boolean => {
    const pending = prefix && at - prefix.at < SEQUENCE_TIMEOUT_MS ? prefix.key : null;
    prefix = null;
    const capabilities = currentCapabilities();
    const action =
      (pending ? actionForKey(`${pending} ${single}`, capabilities) : undefined) ?? actionForKey(single, capabilities);
    if (action) {
      action.run(capabilities);
      return true;
    }
    if (SEQUENCE_PREFIXES.has(single)) {
      prefix = { key: single, at };
      return true;
    }
    return false;
  };

  runHeld = () => {
    const keys = held;
    held = [];
    for (const key of keys) press(key.key, key.at);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    if (['Shift', 'Control', 'Meta', 'Alt'].includes(event.key)) return;
    const single = keyName(event);
    if (isTypingTarget(event.target) && !single.startsWith('Mod+')) return;
    if (!ready) {
      // Any key that some action or sequence uses is held; the rest keep their default behaviour.
      if ((isBoundKey(single) || SEQUENCE_PREFIXES.has(single)) && held.length < MAX_HELD_KEYS) {
        event.preventDefault();
        held.push({ key: single, at: event.timeStamp });
      }
      return;
    }
    if (press(single, event.timeStamp)) event.preventDefault();
  };
  // Capture phase: app shortcuts are seen before any element's own key handling.
  target.addEventListener('keydown', onKeyDown, true);
  return () => {
    target.removeEventListener('keydown', onKeyDown, true);
    runHeld = null;
  };
}

/** Back to the state before start-up (tests). */
export function resetShortcutsForTests(): void {
  ready = false;
  held = [];
}

// Runs actions from the keyboard. Typing in a field never triggers a single-key shortcut.

import { useEffect } from 'react';
import { currentCapabilities } from './capabilities';
import { actionForKey, keyName } from './registry';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useActionShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const name = keyName(event);
      if (isTypingTarget(event.target) && !name.startsWith('Mod+')) return;
      const action = actionForKey(name);
      const capabilities = currentCapabilities();
      if (!action || !action.isAvailable(capabilities)) return;
      event.preventDefault();
      action.run(capabilities);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

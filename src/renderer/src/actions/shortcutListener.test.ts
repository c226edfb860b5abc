// Shortcuts pressed in the app's first moments, before its views provide what the keys do, are
// held and run once the shell says it is ready, in the order pressed; after that keys run at once.

import { afterEach, describe, expect, it } from 'vitest';
import { provideCapabilities } from './capabilities';
import { installShortcutListener, markActionsReady, resetShortcutsForTests } from './shortcutListener';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  resetShortcutsForTests();
});

function press(key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  document.body.dispatchEvent(event);
  return event;
}

describe('the shortcut listener', () => {
  it('holds a shortcut pressed before the app is ready and runs it once it is', () => {
    cleanups.push(installShortcutListener());
    const ran: string[] = [];
    const early = press('k', { ctrlKey: true });
    expect(early.defaultPrevented).toBe(true);
    press('?');
    expect(ran).toEqual([]);
    cleanups.push(
      provideCapabilities({ openSearch: () => ran.push('search'), openShortcuts: () => ran.push('shortcuts') }),
    );
    markActionsReady();
    expect(ran).toEqual(['search', 'shortcuts']);
    press('k', { ctrlKey: true });
    expect(ran).toEqual(['search', 'shortcuts', 'search']);
  });

  it('holds only keys some action uses, and none typed into a field', () => {
    cleanups.push(installShortcutListener());
    expect(press('x').defaultPrevented).toBe(false);
    const field = document.createElement('input');
    document.body.append(field);
    cleanups.push(() => field.remove());
    const typed = new KeyboardEvent('keydown', { key: 'h', bubbles: true, cancelable: true });
    field.dispatchEvent(typed);
    expect(typed.defaultPrevented).toBe(false);
    const ran: string[] = [];
    cleanups.push(provideCapabilities({ highlightSelection: () => ran.push('highlight') }));
    markActionsReady();
    expect(ran).toEqual([]);
  });
});

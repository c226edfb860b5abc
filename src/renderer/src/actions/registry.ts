// Every user command, declared once: its label, its shortcut and what it runs. Shortcuts, menus and
// the command palette are all built from this list.

import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations';
import { colorLabel } from '../highlights/colors';
import type { Capabilities } from './capabilities';

export interface Action {
  id: string;
  label: string;
  /** Key names as in KeyboardEvent.key; "Mod+" means Ctrl, or Cmd on macOS. */
  keys: string[];
  isAvailable(capabilities: Capabilities): boolean;
  run(capabilities: Capabilities): void;
}

function colorAction(color: HighlightColor, index: number): Action {
  return {
    id: `highlight.color.${color}`,
    label: `Highlight colour: ${colorLabel(color)}`,
    keys: [String(index + 1)],
    isAvailable: (c) => c.applyColor !== undefined,
    run: (c) => c.applyColor?.(color),
  };
}

export const actions: Action[] = [
  {
    id: 'search.open',
    label: 'Search talks and notes',
    keys: ['Mod+K'],
    isAvailable: (c) => c.openSearch !== undefined,
    run: (c) => c.openSearch?.(),
  },
  {
    id: 'find.open',
    label: 'Find in this talk',
    keys: ['Mod+F'],
    isAvailable: (c) => c.openFind !== undefined,
    run: (c) => c.openFind?.(),
  },
  {
    id: 'highlight.create',
    label: 'Highlight selection',
    keys: ['h'],
    isAvailable: (c) => c.highlightSelection !== undefined,
    run: (c) => c.highlightSelection?.(),
  },
  ...HIGHLIGHT_COLORS.map(colorAction),
  {
    id: 'highlight.note',
    label: 'Add note to the selection or highlight',
    keys: ['n'],
    isAvailable: (c) => c.addNote !== undefined && (c.canAddNote?.() ?? true),
    run: (c) => c.addNote?.(),
  },
  {
    id: 'go.nextTalk',
    label: 'Next talk',
    keys: ['n'],
    isAvailable: (c) => c.nextTalk !== undefined,
    run: (c) => c.nextTalk?.(),
  },
  {
    id: 'go.previousTalk',
    label: 'Previous talk',
    keys: ['p'],
    isAvailable: (c) => c.previousTalk !== undefined,
    run: (c) => c.previousTalk?.(),
  },
  {
    id: 'highlight.delete',
    label: 'Delete highlight',
    keys: ['Delete'],
    isAvailable: (c) => c.deleteActiveHighlight !== undefined,
    run: (c) => c.deleteActiveHighlight?.(),
  },
  {
    id: 'highlight.copyQuote',
    label: 'Copy quote with citation',
    keys: ['Mod+Shift+C'],
    isAvailable: (c) => c.copyQuote !== undefined,
    run: (c) => c.copyQuote?.(),
  },
  {
    id: 'reading.nextBlock',
    label: 'Next paragraph',
    keys: ['j'],
    isAvailable: (c) => c.nextBlock !== undefined,
    run: (c) => c.nextBlock?.(),
  },
  {
    id: 'reading.previousBlock',
    label: 'Previous paragraph',
    keys: ['k'],
    isAvailable: (c) => c.previousBlock !== undefined,
    run: (c) => c.previousBlock?.(),
  },
  {
    id: 'reading.toggleRead',
    label: 'Mark talk as read or unread',
    keys: ['m'],
    isAvailable: (c) => c.toggleRead !== undefined,
    run: (c) => c.toggleRead?.(),
  },
  {
    id: 'go.notebook',
    label: 'Open the notebook',
    keys: ['g n', 'Mod+Shift+N'],
    isAvailable: (c) => c.openNotebook !== undefined,
    run: (c) => c.openNotebook?.(),
  },
  {
    id: 'go.library',
    label: 'Go to the library',
    keys: ['g l', 'Mod+Shift+L'],
    isAvailable: (c) => c.openLibrary !== undefined,
    run: (c) => c.openLibrary?.(),
  },
  {
    id: 'reading.outline',
    label: 'Go to the outline',
    keys: ['o'],
    isAvailable: (c) => c.focusOutline !== undefined,
    run: (c) => c.focusOutline?.(),
  },
  {
    id: 'view.fontLarger',
    label: 'Larger text',
    keys: ['Mod+=', 'Mod++', 'Mod+Shift++'],
    isAvailable: (c) => c.changeFontSize !== undefined,
    run: (c) => c.changeFontSize?.(1),
  },
  {
    id: 'view.fontSmaller',
    label: 'Smaller text',
    keys: ['Mod+-'],
    isAvailable: (c) => c.changeFontSize !== undefined,
    run: (c) => c.changeFontSize?.(-1),
  },
  {
    id: 'view.fontReset',
    label: 'Default text size',
    keys: ['Mod+0'],
    isAvailable: (c) => c.changeFontSize !== undefined,
    run: (c) => c.changeFontSize?.('reset'),
  },
  {
    id: 'view.settings',
    label: 'Reading settings',
    keys: ['Mod+,'],
    isAvailable: (c) => c.openSettings !== undefined,
    run: (c) => c.openSettings?.(),
  },
  {
    id: 'help.commands',
    label: 'Show all commands',
    keys: ['Mod+Shift+P'],
    isAvailable: (c) => c.openCommands !== undefined,
    run: (c) => c.openCommands?.(),
  },
  {
    id: 'help.shortcuts',
    label: 'Show keyboard shortcuts',
    keys: ['?'],
    isAvailable: (c) => c.openShortcuts !== undefined,
    run: (c) => c.openShortcuts?.(),
  },
];

/** The key name of an event, with modifiers, as written in `Action.keys`. */
export function keyName(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): string {
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('Mod');
  if (event.altKey) parts.push('Alt');
  const single = event.key.length === 1;
  // Shift is part of single characters ("?" or "H"), so it is named only with Mod or for named keys.
  if (event.shiftKey && (parts.length > 0 || !single)) parts.push('Shift');
  parts.push(single && parts.length > 0 ? event.key.toUpperCase() : event.key);
  return parts.join('+');
}

/** The first action bound to `key` that can run now; several may share a key in different contexts. */
export function actionForKey(key: string, capabilities?: Capabilities): Action | undefined {
  return actions.find((action) => action.keys.includes(key) && (!capabilities || action.isAvailable(capabilities)));
}

export function actionById(id: string): Action | undefined {
  return actions.find((action) => action.id === id);
}

/** Keys that start a two-key sequence such as "g l". */
export const SEQUENCE_PREFIXES = new Set(
  actions.flatMap((action) => action.keys.filter((key) => key.includes(' ')).map((key) => key.split(' ')[0])),
);

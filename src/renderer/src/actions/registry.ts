// What every declared command does. The declarations (id, label, keys, menu) live in
// src/shared/actionCatalog.ts, so shortcuts, the command palette and the application menu share them.

import { ACTION_CATALOG, type ActionId, type DeclaredAction } from '../../../shared/actionCatalog';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations';
import type { Capabilities } from './capabilities';

type Provided = Partial<Capabilities>;

export interface Action extends DeclaredAction {
  isAvailable(capabilities: Provided): boolean;
  run(capabilities: Provided): void;
}

type Behaviour = Pick<Action, 'isAvailable' | 'run'>;

function when<K extends keyof Capabilities>(capability: K, run: (capabilities: Provided) => void): Behaviour {
  return { isAvailable: (c) => c[capability] !== undefined, run };
}

const COLOR_BEHAVIOURS = Object.fromEntries(
  HIGHLIGHT_COLORS.map((color) => [`highlight.color.${color}`, when('applyColor', (c) => c.applyColor?.(color))]),
) as Record<`highlight.color.${HighlightColor}`, Behaviour>;

/** What each declared command does, in terms of the capabilities views provide. A missing one is a compile error. */
const BEHAVIOURS: Record<ActionId, Behaviour> = {
  'file.exportAndBackUp': when('openExportAndBackUp', (c) => c.openExportAndBackUp?.()),
  'file.import': when('importDocuments', (c) => c.importDocuments?.()),
  'search.open': when('openSearch', (c) => c.openSearch?.()),
  'find.open': when('openFind', (c) => c.openFind?.()),
  'highlight.create': when('highlightSelection', (c) => c.highlightSelection?.()),
  ...COLOR_BEHAVIOURS,
  'highlight.note': {
    isAvailable: (c) => c.addNote !== undefined && (c.canAddNote?.() ?? true),
    run: (c) => c.addNote?.(),
  },
  'highlight.delete': when('deleteActiveHighlight', (c) => c.deleteActiveHighlight?.()),
  'highlight.copyQuote': when('copyQuote', (c) => c.copyQuote?.()),
  'go.nextTalk': when('nextTalk', (c) => c.nextTalk?.()),
  'go.previousTalk': when('previousTalk', (c) => c.previousTalk?.()),
  'reading.nextBlock': when('nextBlock', (c) => c.nextBlock?.()),
  'reading.previousBlock': when('previousBlock', (c) => c.previousBlock?.()),
  'reading.outline': when('focusOutline', (c) => c.focusOutline?.()),
  'go.library': when('openLibrary', (c) => c.openLibrary?.()),
  'go.notebook': when('openNotebook', (c) => c.openNotebook?.()),
  'reading.toggleRead': when('toggleRead', (c) => c.toggleRead?.()),
  'view.fontLarger': when('changeFontSize', (c) => c.changeFontSize?.(1)),
  'view.fontSmaller': when('changeFontSize', (c) => c.changeFontSize?.(-1)),
  'view.fontReset': when('changeFontSize', (c) => c.changeFontSize?.('reset')),
  'view.settings': when('openSettings', (c) => c.openSettings?.()),
  'help.commands': when('openCommands', (c) => c.openCommands?.()),
  'help.shortcuts': when('openShortcuts', (c) => c.openShortcuts?.()),
};

export const actions: Action[] = ACTION_CATALOG.map((declaration) => ({
  ...declaration,
  ...BEHAVIOURS[declaration.id],
}));

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
export function actionForKey(key: string, capabilities?: Provided): Action | undefined {
  return actions.find((action) => action.keys.includes(key) && (!capabilities || action.isAvailable(capabilities)));
}

export function actionById(id: string): Action | undefined {
  return actions.find((action) => action.id === id);
}

/** Keys that start a two-key sequence such as "g l". */
export const SEQUENCE_PREFIXES = new Set(
  actions.flatMap((action) => action.keys.filter((key) => key.includes(' ')).map((key) => key.split(' ')[0])),
);

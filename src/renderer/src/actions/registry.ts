// What every declared command does and when it applies. The declarations (id, label, keys, menu)
// live in src/shared/actionCatalog.ts, so shortcuts, the command palette and the application menu
// share them. As in VS Code, each behaviour names the capability it runs, when the command is
// enabled at all (`when`, for menus, palette and keys) and, where its key is shared, when the key
// means it (`keyWhen`, for keys alone). A key bound to several commands is resolved by those
// declarations, which must never hold together (checked when this module loads), never by the
// order of a list.

import { ACTION_CATALOG, type ActionId, type DeclaredAction } from '../../../shared/actionCatalog';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations';
import { currentCapabilities, type Capabilities } from './capabilities';

type Provided = Partial<Capabilities>;

/** Facts about the moment a command is asked for, each read from what the open views provide. */
const CONTEXT_KEYS = {
  /** There is a selection or an active highlight to write a note on. */
  annotationTarget: (provided: Provided) => provided.canAddNote?.() ?? false,
} satisfies Record<string, (provided: Provided) => boolean>;

type ContextKey = keyof typeof CONTEXT_KEYS;

/** Every term must hold: a context key, or its negation with `!`. */
export type WhenClause = readonly (ContextKey | `!${ContextKey}`)[];

export interface Action extends DeclaredAction {
  /** The capability the command runs; without it the command is unavailable. */
  needs: keyof Capabilities;
  /** When the command is enabled, from the menu, the palette or a key. */
  when: WhenClause;
  /** When, besides, a key bound to it means this command. */
  keyWhen: WhenClause;
  isAvailable(provided: Provided): boolean;
  /** Whether a key bound to this command runs it now. */
  appliesToKey(provided: Provided): boolean;
  run(provided: Provided): void;
}

interface Behaviour {
  needs: keyof Capabilities;
  when: WhenClause;
  keyWhen: WhenClause;
  run(provided: Provided): void;
}

/** A behaviour that runs `capability`, typed by it, when it is provided and its clauses hold. */
function when<K extends keyof Capabilities>(
  capability: K,
  run: (provided: NonNullable<Capabilities[K]>) => void,
  clauses: { when?: WhenClause; keyWhen?: WhenClause } = {},
): Behaviour {
  return {
    needs: capability,
    when: clauses.when ?? [],
    keyWhen: clauses.keyWhen ?? [],
    run: (provided) => {
      const found = provided[capability];
      if (found !== undefined) run(found as NonNullable<Capabilities[K]>);
    },
  };
}

function holds(clause: WhenClause, value: (key: ContextKey) => boolean): boolean {
  return clause.every((term) =>
    term.startsWith('!') ? !value(term.slice(1) as ContextKey) : value(term as ContextKey),
  );
}

const COLOR_BEHAVIOURS = Object.fromEntries(
  HIGHLIGHT_COLORS.map((color) => [`highlight.color.${color}`, when('applyColor', (apply) => apply(color))]),
) as Record<`highlight.color.${HighlightColor}`, Behaviour>;

/** What each declared command does, in terms of the capabilities views provide. A missing one is a compile error. */
const BEHAVIOURS: Record<ActionId, Behaviour> = {
  'file.exportAndBackUp': when('openExportAndBackUp', (open) => open()),
  'file.import': when('importDocuments', (start) => start()),
  'search.open': when('openSearch', (open) => open()),
  'find.open': when('openFind', (open) => open()),
  'highlight.create': when('highlightSelection', (highlight) => highlight()),
  ...COLOR_BEHAVIOURS,
  'highlight.note': when('addNote', (add) => add(), { when: ['annotationTarget'] }),
  'highlight.delete': when('deleteActiveHighlight', (remove) => remove()),
  'highlight.copyQuote': when('copyQuote', (copy) => copy()),
  // n adds a note when there is something to annotate; from the menu or palette this still applies.
  'go.nextTalk': when('nextTalk', (next) => next(), { keyWhen: ['!annotationTarget'] }),
  'go.previousTalk': when('previousTalk', (previous) => previous()),
  'reading.nextBlock': when('nextBlock', (next) => next()),
  'reading.previousBlock': when('previousBlock', (previous) => previous()),
  'reading.outline': when('focusOutline', (focus) => focus()),
  'go.library': when('openLibrary', (open) => open()),
  'go.notebook': when('openNotebook', (open) => open()),
  'reading.toggleRead': when('toggleRead', (toggle) => toggle()),
  'view.fontLarger': when('changeFontSize', (change) => change(1)),
  'view.fontSmaller': when('changeFontSize', (change) => change(-1)),
  'view.fontReset': when('changeFontSize', (change) => change('reset')),
  'view.settings': when('openSettings', (open) => open()),
  'help.commands': when('openCommands', (open) => open()),
  'help.shortcuts': when('openShortcuts', (open) => open()),
};

export const actions: Action[] = ACTION_CATALOG.map((declaration) => {
  const behaviour = BEHAVIOURS[declaration.id];
  const isAvailable = (provided: Provided): boolean =>
    provided[behaviour.needs] !== undefined && holds(behaviour.when, (key) => CONTEXT_KEYS[key](provided));
  return {
    ...declaration,
    ...behaviour,
    isAvailable,
    appliesToKey: (provided: Provided) =>
      isAvailable(provided) && holds(behaviour.keyWhen, (key) => CONTEXT_KEYS[key](provided)),
  };
});

/**
 * The commands bound to one key that could apply at the same moment: for every combination of
 * context keys, more than one whose clause holds. Empty for a well-declared registry.
 */
export function overlappingBindings(list: readonly Pick<Action, 'id' | 'keys' | 'when' | 'keyWhen'>[]): string[] {
  const contextKeys = Object.keys(CONTEXT_KEYS) as ContextKey[];
  const overlaps: string[] = [];
  for (const key of new Set(list.flatMap((action) => action.keys))) {
    const bound = list.filter((action) => action.keys.includes(key));
    for (let combination = 0; combination < 2 ** contextKeys.length; combination++) {
      const value = (name: ContextKey): boolean => (combination & (1 << contextKeys.indexOf(name))) !== 0;
      const applying = bound.filter((action) => holds([...action.when, ...action.keyWhen], value));
      if (applying.length > 1) {
        overlaps.push(`${key}: ${applying.map((action) => action.id).join(', ')}`);
        break;
      }
    }
  }
  return overlaps;
}

const overlaps = overlappingBindings(actions);
if (overlaps.length > 0) throw new Error(`Keys bound to commands that apply together: ${overlaps.join('; ')}`);

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

/** Whether any command is bound to `key`, whatever the context. */
export function isBoundKey(key: string): boolean {
  return actions.some((action) => action.keys.includes(key));
}

/** The command `key` runs now: the one bound to it whose capability is provided and clauses hold. */
export function actionForKey(key: string, provided: Provided): Action | undefined {
  return actions.find((action) => action.keys.includes(key) && action.appliesToKey(provided));
}

export function actionById(id: string): Action | undefined {
  return actions.find((action) => action.id === id);
}

/** Runs a command by id with what the views provide now, when it applies; true when it ran. */
export function runAction(id: string): boolean {
  const action = actionById(id);
  const provided = currentCapabilities();
  if (!action?.isAvailable(provided)) return false;
  action.run(provided);
  return true;
}

/** Keys that start a two-key sequence such as "g l". */
export const SEQUENCE_PREFIXES = new Set(
  actions.flatMap((action) => action.keys.filter((key) => key.includes(' ')).map((key) => key.split(' ')[0])),
);

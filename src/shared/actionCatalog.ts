// Every user command the app has, declared once as data: its id, label, shortcut keys and the
// application-menu section it appears in. The renderer attaches what each command does; main
// builds the menu from the same list.

import { HIGHLIGHT_COLOR_NAMES, HIGHLIGHT_COLORS } from './annotations';

export type MenuSection = 'File' | 'Edit' | 'View' | 'Go' | 'Help';

export interface ActionDeclaration {
  id: string;
  label: string;
  /** Key names as in KeyboardEvent.key; "Mod+" means Ctrl, or Cmd on macOS; "g l" is a sequence. */
  keys: readonly string[];
  menu?: MenuSection;
}

const COLOR_ACTIONS = HIGHLIGHT_COLORS.map((color, index) => ({
  id: `highlight.color.${color}` as const,
  label: `Highlight colour: ${HIGHLIGHT_COLOR_NAMES[color]}`,
  keys: [String(index + 1)],
}));

const DECLARATIONS = [
  { id: 'file.import', label: 'Import documents…', keys: ['Mod+O'], menu: 'File' },
  { id: 'file.exportAndBackUp', label: 'Export and back up…', keys: ['Mod+Shift+E'], menu: 'File' },
  { id: 'search.open', label: 'Search talks and notes', keys: ['Mod+K'], menu: 'Edit' },
  { id: 'find.open', label: 'Find in this talk', keys: ['Mod+F'], menu: 'Edit' },
  { id: 'highlight.create', label: 'Highlight selection', keys: ['h'], menu: 'Edit' },
  ...COLOR_ACTIONS,
  { id: 'highlight.note', label: 'Add note to the selection or highlight', keys: ['n'], menu: 'Edit' },
  { id: 'highlight.delete', label: 'Delete highlight', keys: ['Delete'], menu: 'Edit' },
  { id: 'highlight.copyQuote', label: 'Copy quote with citation', keys: ['Mod+Shift+C'], menu: 'Edit' },
  { id: 'go.nextTalk', label: 'Next talk', keys: ['n'], menu: 'Go' },
  { id: 'go.previousTalk', label: 'Previous talk', keys: ['p'], menu: 'Go' },
  { id: 'reading.nextBlock', label: 'Next paragraph', keys: ['j'], menu: 'Go' },
  { id: 'reading.previousBlock', label: 'Previous paragraph', keys: ['k'], menu: 'Go' },
  { id: 'reading.outline', label: 'Go to the outline', keys: ['o'], menu: 'Go' },
  { id: 'go.library', label: 'Go to the library', keys: ['g l', 'Mod+Shift+L'], menu: 'Go' },
  { id: 'go.notebook', label: 'Open the notebook', keys: ['g n', 'Mod+Shift+N'], menu: 'Go' },
  { id: 'reading.toggleRead', label: 'Mark talk as read or unread', keys: ['m'], menu: 'Go' },
  { id: 'view.fontLarger', label: 'Larger text', keys: ['Mod+=', 'Mod++', 'Mod+Shift++'], menu: 'View' },
  { id: 'view.fontSmaller', label: 'Smaller text', keys: ['Mod+-'], menu: 'View' },
  { id: 'view.fontReset', label: 'Default text size', keys: ['Mod+0'], menu: 'View' },
  { id: 'view.settings', label: 'Reading settings…', keys: ['Mod+,'], menu: 'View' },
  { id: 'help.commands', label: 'Show all commands', keys: ['Mod+Shift+P'], menu: 'Help' },
  { id: 'help.shortcuts', label: 'Keyboard shortcuts', keys: ['?'], menu: 'Help' },
] as const satisfies readonly ActionDeclaration[];

/** Every command's id: a behaviour or menu entry for an id not declared here is a compile error. */
export type ActionId = (typeof DECLARATIONS)[number]['id'];

export interface DeclaredAction extends ActionDeclaration {
  id: ActionId;
}

export const ACTION_CATALOG: readonly DeclaredAction[] = DECLARATIONS;

/** The first key of a declaration as an Electron accelerator, or undefined when it has none. */
export function acceleratorFor(declaration: ActionDeclaration): string | undefined {
  const key = declaration.keys.find((candidate) => !candidate.includes(' '));
  if (!key) return undefined;
  return key
    .replace(/^Mod\+/, 'CmdOrCtrl+')
    .replace(/\+\+$/, '+Plus')
    .replace(/^\+$/, 'Plus');
}

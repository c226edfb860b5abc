// Every user command the app has, declared once as data: its id, label, shortcut keys and the
// application-menu section it appears in. The renderer attaches what each command does; main
// builds the menu from the same list.

export type MenuSection = 'File' | 'Edit' | 'View' | 'Go' | 'Help';

export interface ActionDeclaration {
  id: string;
  label: string;
  /** Key names as in KeyboardEvent.key; "Mod+" means Ctrl, or Cmd on macOS; "g l" is a sequence. */
  keys: string[];
  menu?: MenuSection;
}

const COLORS = [
  ['yellow', 'Yellow'],
  ['orange', 'Orange'],
  ['blue', 'Sky blue'],
  ['green', 'Bluish green'],
  ['red', 'Vermillion'],
  ['purple', 'Reddish purple'],
] as const;

export const ACTION_CATALOG: ActionDeclaration[] = [
  { id: 'file.import', label: 'Import documents…', keys: ['Mod+O'], menu: 'File' },
  { id: 'file.data', label: 'Export and back up…', keys: ['Mod+Shift+E'], menu: 'File' },
  { id: 'search.open', label: 'Search talks and notes', keys: ['Mod+K'], menu: 'Edit' },
  { id: 'find.open', label: 'Find in this talk', keys: ['Mod+F'], menu: 'Edit' },
  { id: 'highlight.create', label: 'Highlight selection', keys: ['h'], menu: 'Edit' },
  ...COLORS.map(([color, label], index) => ({
    id: `highlight.color.${color}`,
    label: `Highlight colour: ${label}`,
    keys: [String(index + 1)],
  })),
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
];

/** The first key of a declaration as an Electron accelerator, or undefined when it has none. */
export function acceleratorFor(declaration: ActionDeclaration): string | undefined {
  const key = declaration.keys.find((candidate) => !candidate.includes(' '));
  if (!key) return undefined;
  return key
    .replace(/^Mod\+/, 'CmdOrCtrl+')
    .replace(/\+\+$/, '+Plus')
    .replace(/^\+$/, 'Plus');
}

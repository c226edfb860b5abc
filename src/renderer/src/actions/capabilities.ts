// What the open views can do right now. Views provide capabilities while they are mounted; actions
// run whichever are provided, so one registry serves shortcuts, menus and the command palette.

import type { HighlightColor } from '../../../shared/annotations';

export interface Capabilities {
  highlightSelection?: (color?: HighlightColor) => void;
  /** Recolours the active highlight, or highlights the selection in that colour. */
  applyColor?: (color: HighlightColor) => void;
  addNote?: () => void;
  deleteActiveHighlight?: () => void;
  copyQuote?: () => void;
  nextBlock?: () => void;
  previousBlock?: () => void;
  openNotebook?: () => void;
  openLibrary?: () => void;
  toggleRead?: () => void;
  openSearch?: () => void;
  openFind?: () => void;
  /** True when there is a selection or an active highlight to write a note on. */
  canAddNote?: () => boolean;
  nextTalk?: () => void;
  previousTalk?: () => void;
  openCommands?: () => void;
  openShortcuts?: () => void;
  openSettings?: () => void;
  changeFontSize?: (step: number | 'reset') => void;
  focusOutline?: () => void;
  openData?: () => void;
  importDocuments?: () => void;
}

const providers = new Map<symbol, Capabilities>();

/** Registers what a view can do; call the returned function when it unmounts. */
export function provideCapabilities(capabilities: Capabilities): () => void {
  const key = Symbol('provider');
  providers.set(key, capabilities);
  return () => providers.delete(key);
}

/** The capabilities currently provided; a later provider overrides an earlier one. */
export function currentCapabilities(): Capabilities {
  return Object.assign({}, ...providers.values()) as Capabilities;
}

// Where the reader can be: the page open on the right-hand side of the window.

export type View =
  | { kind: 'talk'; id: string; highlightId: string | null; search?: { blockId: string; terms: string[] } }
  | { kind: 'source'; id: string }
  | { kind: 'notebook' }
  | { kind: 'people' }
  | { kind: 'topics' }
  /** `pep`: the PEP to bring into view. */
  | { kind: 'peps'; pep?: number }
  | null;

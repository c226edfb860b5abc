// What the search index is built from: the corpus, talk by talk, and the reader's notes.

import type { HighlightColor } from '../annotations';
import type { SourceKind } from '../model';

export interface SearchTalk {
  talkId: string;
  title: string;
  speakers: string[];
  summitYear: number | null;
  sourceKind: SourceKind;
  sourceTitle: string;
  blocks: { id: string; text: string }[];
}

export interface SearchCorpus {
  corpusVersion: string;
  talks: SearchTalk[];
}

/**
 * The search corpus as main sends it: its version, and the corpus as UTF-8 JSON. The page never
 * reads it; it hands the bytes to the search worker without copying (a transfer), and the worker
 * parses them, so a large library never holds the page's main thread.
 */
export interface EncodedSearchCorpus {
  corpusVersion: string;
  json: Uint8Array;
}

/** A highlight or talk note, as the notes index holds it. */
export interface SearchNote {
  id: string;
  kind: 'highlight' | 'note';
  talkId: string;
  talkTitle: string;
  speakers: string[];
  summitYear: number | null;
  /** The highlighted quote; empty for talk notes. */
  quote: string;
  text: string;
  tags: string[];
  color: HighlightColor | null;
  /** The block the highlight starts in, to open the talk there. */
  blockId: string | null;
  updatedAt: number;
}

/**
 * One entry of the corpus index: a whole talk. Ids are positions in the corpus's talk order, which
 * keeps the stored index small; a stored index is only loaded for the very corpus it was built from.
 * Results are ranked by talk, and the passages to show are found in the few talks on screen.
 */
export interface CorpusIndexDocument {
  id: number;
  title: string;
  speakers: string;
  text: string;
}

export function corpusIndexEntries(corpus: SearchCorpus): CorpusIndexDocument[] {
  return corpus.talks.map((talk, position) => ({
    id: position,
    title: talk.title,
    speakers: talk.speakers.join(' '),
    text: talk.blocks.map((block) => block.text).join('\n'),
  }));
}

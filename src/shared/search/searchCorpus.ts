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
 * The corpus's UTF-8 JSON crosses from main in parts of this size. Receiving a part copies it on
 * the page's main thread; a part this small is copied in well under a frame, where a large
 * library's whole corpus (tens of megabytes) would hold the page for longer.
 */
export const SEARCH_CORPUS_PART_BYTES = 1 << 18;
/** More parts than this (a corpus over 1 GiB) is not a request the page makes. */
export const MAX_SEARCH_CORPUS_PARTS = 4096;

/** One part of the search corpus as main sends it. */
export interface SearchCorpusPart {
  corpusVersion: string;
  part: number;
  parts: number;
  bytes: Uint8Array;
}

/** The parts of the corpus's JSON joined back into one run of bytes, in order. */
export function joinParts(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/**
 * The search corpus as the worker receives it: its version, and its UTF-8 JSON in parts, in order.
 * The page never reads them; it hands them to the search worker without copying (a transfer), and
 * the worker parses them, so a large library never holds the page's main thread.
 */
export interface EncodedSearchCorpus {
  corpusVersion: string;
  parts: Uint8Array[];
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

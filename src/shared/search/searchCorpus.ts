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

/** What an entry of the corpus index stands for: a talk's title and speakers, or one block. */
export interface IndexEntryRef {
  kind: 'talk' | 'block';
  talkId: string;
  blockId: string | null;
}

/**
 * One entry of the corpus index. Ids are positions in a fixed order over the corpus, which keeps
 * the stored index small; a stored index is only loaded for the very corpus it was built from.
 */
export interface CorpusIndexDocument {
  id: number;
  title?: string;
  speakers?: string;
  text?: string;
}

export function corpusIndexEntries(corpus: SearchCorpus): { documents: CorpusIndexDocument[]; refs: IndexEntryRef[] } {
  const documents: CorpusIndexDocument[] = [];
  const refs: IndexEntryRef[] = [];
  for (const talk of corpus.talks) {
    refs.push({ kind: 'talk', talkId: talk.talkId, blockId: null });
    documents.push({ id: documents.length, title: talk.title, speakers: talk.speakers.join(' ') });
    for (const block of talk.blocks) {
      if (!block.text.trim()) continue;
      refs.push({ kind: 'block', talkId: talk.talkId, blockId: block.id });
      documents.push({ id: documents.length, text: block.text });
    }
  }
  return { documents, refs };
}

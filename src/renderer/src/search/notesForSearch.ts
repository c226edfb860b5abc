// The reader's highlights and talk notes as the search index holds them, and what changed since last time.

import { isLive, type HighlightRecord, type TalkNoteRecord } from '../../../shared/annotations';
import type { SearchNote } from '../../../shared/search/searchCorpus';

export function toSearchNotes(highlights: HighlightRecord[], notes: TalkNoteRecord[]): SearchNote[] {
  return [
    ...highlights.filter(isLive).map((record): SearchNote => ({
      id: record.id,
      kind: 'highlight',
      talkId: record.talkId,
      talkTitle: record.citation.talkTitle,
      speakers: record.citation.speakers,
      summitYear: record.citation.summitYear,
      quote: record.selectors.quote.exact,
      text: record.note,
      tags: record.tags,
      color: record.color,
      blockId: record.selectors.position.blockId,
      updatedAt: record.updatedAt,
    })),
    ...notes.filter(isLive).map((record): SearchNote => ({
      id: `talk-note:${record.talkId}`,
      kind: 'note',
      talkId: record.talkId,
      talkTitle: record.citation.talkTitle,
      speakers: record.citation.speakers,
      summitYear: record.citation.summitYear,
      quote: '',
      text: record.text,
      tags: record.tags,
      color: null,
      blockId: null,
      updatedAt: record.updatedAt,
    })),
  ];
}

/** The notes added or changed since `previous` (id → updatedAt), and the ids no longer there. */
export function diffNotes(
  previous: Map<string, number>,
  current: SearchNote[],
): { upserts: SearchNote[]; removals: string[] } {
  const seen = new Set(current.map((note) => note.id));
  return {
    upserts: current.filter((note) => previous.get(note.id) !== note.updatedAt),
    removals: [...previous.keys()].filter((id) => !seen.has(id)),
  };
}

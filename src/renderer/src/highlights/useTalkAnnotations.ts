// The live annotations of one talk: its highlights (without tombstones) and its note.

import { useLiveQuery } from 'dexie-react-hooks';
import type { HighlightRecord, TalkNoteRecord } from '../../../shared/annotations';
import { db } from '../storage/db';

export type TalkAnnotations =
  { status: 'loading' } | { status: 'ready'; highlights: HighlightRecord[]; note: TalkNoteRecord | null };

export function useTalkAnnotations(talkId: string): TalkAnnotations {
  const result = useLiveQuery(async () => {
    const [highlights, note] = await Promise.all([
      db().highlights.where('talkId').equals(talkId).toArray(),
      db().talkNotes.get(talkId),
    ]);
    return {
      highlights: highlights.filter((highlight) => highlight.deletedAt === null),
      note: note && note.deletedAt === null ? note : null,
    };
  }, [talkId]);
  return result ? { status: 'ready', ...result } : { status: 'loading' };
}

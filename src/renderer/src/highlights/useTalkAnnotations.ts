// The live annotations of one talk: its highlights (without tombstones) and its note.

import type { HighlightRecord, TalkNoteRecord } from '../../../shared/annotations';
import { useTalkAnnotationRecords } from '../storage/useStoredRecords';

export type TalkAnnotations =
  { status: 'loading' } | { status: 'ready'; highlights: HighlightRecord[]; note: TalkNoteRecord | null };

export function useTalkAnnotations(talkId: string): TalkAnnotations {
  const result = useTalkAnnotationRecords(talkId);
  return result ? { status: 'ready', ...result } : { status: 'loading' };
}

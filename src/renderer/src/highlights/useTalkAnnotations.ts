// The live annotations of one talk: its highlights (without tombstones) and its note.

import { useLiveQuery } from 'dexie-react-hooks';
import type { HighlightRecord, TalkNoteRecord } from '../../../shared/annotations';
import { talkAnnotations } from '../storage/highlights';

export type TalkAnnotations =
  { status: 'loading' } | { status: 'ready'; highlights: HighlightRecord[]; note: TalkNoteRecord | null };

export function useTalkAnnotations(talkId: string): TalkAnnotations {
  const result = useLiveQuery(() => talkAnnotations(talkId), [talkId]);
  return result ? { status: 'ready', ...result } : { status: 'loading' };
}

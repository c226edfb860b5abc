// Live reads for views: each hook re-reads its records whenever a write changes them (Dexie's live
// queries), so features show what is stored without importing Dexie themselves.

import { useLiveQuery } from 'dexie-react-hooks';
import type { HighlightRecord, ReadingStateRecord, TalkNoteRecord } from '../../../shared/annotations';
import { talkAnnotations } from './highlights';
import { readingStateOf } from './readingState';
import { getSetting } from './settings';

/** A talk's reading place: `undefined` while loading, `null` when the talk has none. */
export function useReadingState(talkId: string): ReadingStateRecord | null | undefined {
  return useLiveQuery(() => readingStateOf(talkId), [talkId]);
}

/** A talk's live highlights (no tombstones) and its note; `undefined` while loading. */
export function useTalkAnnotationRecords(
  talkId: string,
): { highlights: HighlightRecord[]; note: TalkNoteRecord | null } | undefined {
  return useLiveQuery(() => talkAnnotations(talkId), [talkId]);
}

/** A stored setting's value: `undefined` while loading, `null` when it was never set. */
export function useStoredSetting(key: string): unknown {
  return useLiveQuery(async () => (await getSetting<unknown>(key)) ?? null, [key]);
}

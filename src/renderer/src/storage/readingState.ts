// The reading-state repository: where the reader is in each talk, and whether they have read it.

import type { ReadingStateRecord } from '../../../shared/annotations';
import { db } from './db';
import { LAST_TALK_KEY } from './settings';
import { commit } from './writes';

export async function readingStateOf(talkId: string): Promise<ReadingStateRecord | null> {
  return (await db().readingState.get(talkId)) ?? null;
}

/** Saves the reader's place, and makes this talk the one the app reopens at next start. */
export async function saveReadingState(state: Omit<ReadingStateRecord, 'updatedAt'>): Promise<void> {
  const now = Date.now();
  await commit({
    puts: [
      { table: 'readingState', record: { ...state, updatedAt: now } },
      { table: 'settings', record: { key: LAST_TALK_KEY, value: state.talkId, updatedAt: now } },
    ],
  });
}

export async function setRead(talkId: string, read: boolean): Promise<void> {
  const existing = await db().readingState.get(talkId);
  const record: ReadingStateRecord = {
    talkId,
    blockId: existing?.blockId ?? null,
    progress: read ? 1 : (existing?.progress ?? 0),
    read,
    updatedAt: Date.now(),
  };
  await commit({ puts: [{ table: 'readingState', record }] });
}

// The reading-state repository: where the reader is in each talk, and whether they have read it.

import type { ReadingStateRecord } from '../../../shared/annotations';
import { db } from './db';
import { LAST_TALK_KEY } from './settings';
import { commitEdit } from './writes';

export async function readingStateOf(talkId: string): Promise<ReadingStateRecord | null> {
  return (await db().readingState.get(talkId)) ?? null;
}

/** A change's time: now, but always after the record's last change. */
function changeTime(record: ReadingStateRecord | undefined): number {
  return Math.max(Date.now(), (record?.updatedAt ?? 0) + 1);
}

/**
 * Saves the reader's place, and makes this talk the one the app reopens at next start. A talk
 * once read stays read, and its progress full; worked out on the stored record as it is written.
 */
export async function saveReadingPlace(place: {
  talkId: string;
  blockId: string | null;
  progress: number;
  /** The reader reached the end: the talk is read. */
  atEnd: boolean;
}): Promise<boolean> {
  const now = Date.now();
  const { saved } = await commitEdit({
    table: 'readingState',
    key: place.talkId,
    change: (existing) => {
      const read = existing?.read === true || place.atEnd;
      return {
        talkId: place.talkId,
        blockId: place.blockId,
        progress: Math.max(place.progress, read ? 1 : 0),
        read,
        updatedAt: changeTime(existing),
      };
    },
    puts: [{ table: 'settings', record: { key: LAST_TALK_KEY, value: place.talkId, updatedAt: now } }],
  });
  return saved;
}

/** Marks a talk read or unread, keeping the reader's place in it. */
export async function setRead(talkId: string, read: boolean): Promise<boolean> {
  const { saved } = await commitEdit({
    table: 'readingState',
    key: talkId,
    change: (existing) => ({
      talkId,
      blockId: existing?.blockId ?? null,
      progress: read ? 1 : (existing?.progress ?? 0),
      read,
      updatedAt: changeTime(existing),
    }),
  });
  return saved;
}

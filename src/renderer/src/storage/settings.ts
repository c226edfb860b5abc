// The settings repository: small named values, such as reading settings and the last talk open.

import { db } from './db';
import { commit } from './writes';

/** The talk the app reopens at start-up; it belongs to this installation, not to backups. */
export const LAST_TALK_KEY = 'lastTalkId';

/** Saves a setting; false when it could not be saved (the reader is told why). */
export async function setSetting(key: string, value: unknown): Promise<boolean> {
  return commit({ puts: [{ table: 'settings', record: { key, value, updatedAt: Date.now() } }] });
}

export async function getSetting<T>(key: string): Promise<T | undefined> {
  return (await db().settings.get(key))?.value as T | undefined;
}

// The settings repository: small named values, such as reading settings and the last talk open.

import { readStored } from './reads';
import { commit } from './writes';

/** The talk the app reopens at start-up; it belongs to this installation, not to backups. */
export const LAST_TALK_KEY = 'lastTalkId';

/** Saves a setting; false when it could not be saved (the reader is told why). */
export async function setSetting(key: string, value: unknown): Promise<boolean> {
  return commit({ puts: [{ table: 'settings', record: { key, value, updatedAt: Date.now() } }] });
}

/**
 * A setting's value, undefined when it was never saved. A database that cannot be read throws
 * (after reopening it and trying again): it never passes for a setting that is not there.
 */
export async function getSetting<T>(key: string): Promise<T | undefined> {
  return (await readStored((database) => database.settings.get(key)))?.value as T | undefined;
}

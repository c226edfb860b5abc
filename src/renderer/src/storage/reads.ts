// Reads that must not mistake "could not read" for "nothing stored". The database may refuse to
// open for a moment (after the app was killed, the browser can still be recovering or releasing
// the previous process's files), and Dexie then refuses every later call until it is opened
// again. Such a read reopens the database and tries again a few times, waiting longer each time;
// if it still fails, it throws, so the caller can tell the reader instead of showing nothing.

import { db, type SummitDatabase } from './db';
import { isTransientFailure } from './writeErrors';

/** How long to wait before each new try; the sum bounds how long a read can be held up (3 s). */
export const REOPEN_WAITS_MS = [100, 400, 1000, 1500];

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `read` against the database, reopening it and trying again when it failed for a reason that
 * can pass (closed, busy, not opened); any other failure, or the last one, is thrown.
 */
export async function readStored<T>(read: (database: SummitDatabase) => Promise<T>): Promise<T> {
  const database = db();
  for (let attempt = 0; ; attempt++) {
    try {
      if (!database.isOpen()) await database.open();
      return await read(database);
    } catch (error) {
      if (attempt >= REOPEN_WAITS_MS.length || !isTransientFailure(error)) throw error;
      await wait(REOPEN_WAITS_MS[attempt]);
    }
  }
}

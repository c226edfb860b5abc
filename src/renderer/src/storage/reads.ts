// Reads that must not mistake "could not read" for "nothing stored". The database may refuse to
// open for a moment (after the app was killed, the browser can still be recovering or releasing
// the previous process's files), and Dexie then refuses every later call until it is opened
// again. Such a read reopens the database and tries again a few times, waiting longer each time,
// and starts no new try once three seconds have passed since its first; if it still fails, it
// throws, so the caller can tell the reader instead of showing nothing. The deadline is needed
// beside the waits because a try can itself take long: Dexie opens again at once, four times in
// all, when Chromium fails an open with UnknownError, and each open takes what the browser takes.

import { db, type SummitDatabase } from './db';
import { isTransientFailure } from './writeErrors';

/** How long to wait before each new try. */
export const REOPEN_WAITS_MS = [100, 400, 1000, 1500];

/** No new try starts later than this after the first: a read fails within it plus its last try. */
export const RETRY_DEADLINE_MS = 3000;

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `read` against the database, reopening it and trying again when it failed for a reason that
 * can pass (closed, busy, not opened); any other failure, the last one, or one after the deadline
 * is thrown.
 */
export async function readStored<T>(read: (database: SummitDatabase) => Promise<T>): Promise<T> {
  const database = db();
  const deadline = performance.now() + RETRY_DEADLINE_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      if (!database.isOpen()) await database.open();
      return await read(database);
    } catch (error) {
      const left = deadline - performance.now();
      if (attempt >= REOPEN_WAITS_MS.length || !isTransientFailure(error) || left <= 0) throw error;
      await wait(Math.min(REOPEN_WAITS_MS[attempt], left));
    }
  }
}

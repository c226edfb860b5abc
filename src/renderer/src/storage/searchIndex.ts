// The stored search index: a cache of the built index, so start-up loads it instead of rebuilding.

import type { StoredIndex } from '../../../shared/search/indexStore';
import { db } from './db';
import { commitOrThrow } from './writes';

const CORPUS_KEY = 'corpus';

/** The stored index, or undefined when there is none or it cannot be read (it is then rebuilt). */
export async function readStoredIndex(): Promise<StoredIndex | undefined> {
  try {
    return await db().searchIndex.get(CORPUS_KEY);
  } catch {
    return undefined;
  }
}

/** Stores a freshly built index; failing to cache it only means the next start rebuilds. */
export async function storeIndex(record: Omit<StoredIndex, 'key'>): Promise<void> {
  await commitOrThrow({ puts: [{ table: 'searchIndex', record: { ...record, key: CORPUS_KEY } }] }).catch(
    () => undefined,
  );
}

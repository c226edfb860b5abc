// Every write goes through commit(): one transaction over the tables it touches. A write that
// cannot reach the database (closed by an upgrade in another window, say) is kept in
// localStorage and replayed at the next start, so it is never lost.

import type { SummitDatabase } from './db';

export type TableName = 'highlights' | 'talkNotes' | 'readingState' | 'drafts' | 'settings';

export interface WriteBatch {
  puts?: { table: TableName; record: object }[];
  deletes?: { table: TableName; key: string }[];
}

const PENDING_KEY = 'summit-reader:pending-writes';

type FailureListener = (error: unknown) => void;
const failureListeners = new Set<FailureListener>();

export function onWriteFailure(listener: FailureListener): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

function tablesOf(batch: WriteBatch): TableName[] {
  return [
    ...new Set([...(batch.puts ?? []).map((put) => put.table), ...(batch.deletes ?? []).map((del) => del.table)]),
  ];
}

async function apply(database: SummitDatabase, batch: WriteBatch): Promise<void> {
  const tables = tablesOf(batch).map((name) => database.table(name));
  if (tables.length === 0) return;
  await database.transaction('rw', tables, async () => {
    for (const put of batch.puts ?? []) await database.table(put.table).put(put.record);
    for (const del of batch.deletes ?? []) await database.table(del.table).delete(del.key);
  });
}

function readPending(): WriteBatch[] {
  try {
    const raw = localStorage.getItem(PENDING_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as WriteBatch[]) : [];
  } catch {
    return [];
  }
}

function keepPending(batch: WriteBatch): void {
  localStorage.setItem(PENDING_KEY, JSON.stringify([...readPending(), batch]));
}

export async function commit(database: SummitDatabase, batch: WriteBatch): Promise<boolean> {
  try {
    await apply(database, batch);
    return true;
  } catch (error) {
    keepPending(batch);
    for (const listener of failureListeners) listener(error);
    return false;
  }
}

/** Replays writes kept from a session that could not save them; newer stored records win. */
export async function replayPendingWrites(database: SummitDatabase): Promise<number> {
  const pending = readPending();
  if (pending.length === 0) return 0;
  let replayed = 0;
  for (const batch of pending) {
    const puts = [];
    for (const put of batch.puts ?? []) {
      const record = put.record as { updatedAt?: number };
      const key = database.table(put.table).schema.primKey.keyPath as string;
      const existing = (await database.table(put.table).get((put.record as Record<string, string>)[key])) as
        { updatedAt?: number } | undefined;
      if (!existing || (existing.updatedAt ?? 0) <= (record.updatedAt ?? 0)) puts.push(put);
    }
    await apply(database, { puts, deletes: batch.deletes });
    replayed++;
  }
  localStorage.removeItem(PENDING_KEY);
  return replayed;
}

// Applying a batch: one transaction over every table it touches, with the outbox and the clock
// when a synced record changes, so a change and its outbox entry are stored together or not at all.

import type { SummitDatabase } from './db';
import { changedFields, enqueue, isSynced, OUTBOX_TABLES } from './outbox';
import { keyOf, tablesOfBatch, type PreparedBatch, type TableName, type WriteBatch } from './writeBatch';

/** The tables a transaction needs: the batch's, plus the outbox and clock when a synced record changes. */
export function transactionTables(names: TableName[], origin: WriteBatch['origin']): string[] {
  return origin !== 'sync' && names.some(isSynced) ? [...names, ...OUTBOX_TABLES] : names;
}

/** The synced records a batch will change, with their stored versions, read before it writes. */
async function before(database: SummitDatabase, batch: WriteBatch): Promise<Map<string, object | undefined>> {
  const stored = new Map<string, object | undefined>();
  const keysByTable = new Map<TableName, string[]>();
  for (const put of batch.puts ?? []) {
    if (!isSynced(put.table)) continue;
    const keys = keysByTable.get(put.table) ?? [];
    keys.push(keyOf(put));
    keysByTable.set(put.table, keys);
  }
  for (const [table, keys] of keysByTable) {
    const records = (await database.table(table).bulkGet(keys)) as (object | undefined)[];
    keys.forEach((key, index) => stored.set(`${table}\u0000${key}`, records[index]));
  }
  return stored;
}

async function writeBatch(database: SummitDatabase, batch: WriteBatch, origin: WriteBatch['origin']): Promise<void> {
  const previous = origin === 'sync' ? new Map<string, object | undefined>() : await before(database, batch);
  for (const name of batch.clears ?? []) await database.table(name).clear();
  const putsByTable = new Map<TableName, object[]>();
  for (const put of batch.puts ?? []) {
    const records = putsByTable.get(put.table) ?? [];
    records.push(put.record);
    putsByTable.set(put.table, records);
  }
  for (const [name, records] of putsByTable) await database.table(name).bulkPut(records);
  for (const del of batch.deletes ?? []) await database.table(del.table).delete(del.key);
  if (origin === 'sync') return;
  await enqueue(database, [
    ...(batch.puts ?? []).map((put) => {
      const key = keyOf(put);
      return { table: put.table, key, fields: changedFields(previous.get(`${put.table}\u0000${key}`), put.record) };
    }),
    ...(batch.deletes ?? []).map((del) => ({ table: del.table, key: del.key })),
  ]);
}

/** Writes a batch in one transaction over every table it touches. */
export async function applyBatch(database: SummitDatabase, batch: WriteBatch | PreparedBatch): Promise<void> {
  const names = 'prepare' in batch ? batch.tables : tablesOfBatch(batch);
  if (names.length === 0) return;
  const origin = 'prepare' in batch ? 'reader' : batch.origin;
  await database.transaction(
    'rw',
    transactionTables(names, origin).map((name) => database.table(name)),
    async () => writeBatch(database, 'prepare' in batch ? await batch.prepare() : batch, origin),
  );
}

// The sync bridge's side of the write path: records that came from another device, a first send
// of everything, and taking sent entries off the outbox. Each runs in one transaction.

import { documentId } from '../../../shared/sync/syncDocument';
import { db, type OutboxEntry } from './db';
import { enqueue, SYNCED_TABLES, type SyncedTable } from './outbox';
import { sameHlc } from './syncClock';
import { keyOf, type RowOf } from './writeBatch';

/**
 * Writes a record that came from another device, unless this device changed it since its last
 * send: then the local change goes out first and merges on the server, and the merged record
 * comes back in a later round. Checked and written in one transaction, so no edit is overwritten.
 */
export async function applySyncedRecord<T extends SyncedTable>(table: T, record: RowOf<T>): Promise<boolean> {
  const database = db();
  const key = keyOf({ table, record } as never);
  const docId = documentId(SYNCED_TABLES[table], key);
  return database.transaction('rw', [database.table(table), database.outbox], async () => {
    if (await database.outbox.get(docId)) return false;
    await database.table(table).put(record);
    return true;
  });
}

/** Names every synced record in the outbox, so a first sync sends everything made before it. */
export async function enqueueAllSynced(): Promise<number> {
  const database = db();
  return database.transaction(
    'rw',
    [...Object.keys(SYNCED_TABLES).map((name) => database.table(name)), database.outbox, database.syncState],
    async () => {
      const changes: { table: SyncedTable; key: string }[] = [];
      for (const table of Object.keys(SYNCED_TABLES) as SyncedTable[])
        for (const key of await database.table(table).toCollection().primaryKeys())
          changes.push({ table, key: String(key) });
      await enqueue(database, changes);
      return changes.length;
    },
  );
}

/** Takes a sent entry off the outbox, unless the record changed again since it was read. */
export async function markSent(entry: OutboxEntry): Promise<void> {
  const database = db();
  await database.transaction('rw', database.outbox, async () => {
    const stored = await database.outbox.get(entry.docId);
    const unchanged = stored && (entry.clock ? sameHlc(stored.clock, entry.clock) : stored.at === entry.at);
    if (unchanged) await database.outbox.delete(entry.docId);
  });
}

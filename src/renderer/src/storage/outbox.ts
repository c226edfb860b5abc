// The outbox: each change to a synced record names the record and the fields it changed, with the
// clock reading of the change, inside the change's own transaction, until the bridge sends it.

import type { Hlc } from '../../../shared/sync/hlc';
import { documentId } from '../../../shared/sync/syncDocument';
import type { OutboxEntry, SummitDatabase } from './db';
import { tickIn } from './syncClock';
import type { TableName } from './writeBatch';

/** The tables that sync, and the document type each record becomes. */
export const SYNCED_TABLES = { highlights: 'highlight', talkNotes: 'talkNote', readingState: 'readingState' } as const;
export type SyncedTable = keyof typeof SYNCED_TABLES;

export function isSynced(table: TableName): table is SyncedTable {
  return table in SYNCED_TABLES;
}

/** The tables a change's transaction needs besides its own: the outbox and the clock. */
export const OUTBOX_TABLES = ['outbox', 'syncState'] as const;

/** One change to a synced record: its key, and the fields that differ from before (all when unknown). */
export interface SyncedChange {
  table: TableName;
  key: string;
  fields?: string[];
  /** Fields written at another time than now (a kept change merged later), by wall-clock time. */
  walls?: Record<string, number>;
}

/** The fields in which two versions of a record differ; updatedAt is display only and never counts. */
export function changedFields(before: object | undefined, after: object | null): string[] | undefined {
  if (!before || !after) return undefined;
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  names.delete('updatedAt');
  return [...names].filter(
    (name) =>
      JSON.stringify((before as Record<string, unknown>)[name]) !==
      JSON.stringify((after as Record<string, unknown>)[name]),
  );
}

/**
 * Names each changed synced record in the outbox, inside the change's own transaction, with the
 * clock reading of the change: each changed field keeps the stamp of its latest change until sent.
 */
export async function enqueue(database: SummitDatabase, changes: SyncedChange[]): Promise<void> {
  const at = Date.now();
  const synced = changes.filter((change) => isSynced(change.table));
  // A batch that touches no synced table runs without the outbox in its transaction.
  if (synced.length === 0) return;
  const docIds = synced.map((change) => documentId(SYNCED_TABLES[change.table as SyncedTable], change.key));
  const existing = await database.outbox.bulkGet(docIds);
  const entries: OutboxEntry[] = [];
  let stamp: Hlc | null = null;
  for (const [index, change] of synced.entries()) {
    const earlier = existing[index];
    if (change.fields?.length === 0 && !earlier) continue;
    stamp ??= await tickIn(database, at);
    const clock = stamp;
    // Fields accumulate until sent; "all" stays all.
    const fields =
      earlier && !earlier.fields
        ? undefined
        : change.fields && [...new Set([...(earlier?.fields ?? []), ...change.fields])];
    const stamped = change.fields ?? [];
    const clocks = {
      ...earlier?.clocks,
      ...Object.fromEntries(
        stamped.map((name) => {
          const wall = change.walls?.[name];
          return [name, wall === undefined ? clock : { wall, counter: 0, device: clock.device }];
        }),
      ),
    };
    entries.push({
      docId: docIds[index],
      table: change.table as SyncedTable,
      key: change.key,
      at,
      since: earlier ? (earlier.since ?? earlier.at) : at,
      clock,
      ...(fields ? { fields, clocks } : {}),
    });
  }
  if (entries.length > 0) await database.outbox.bulkPut(entries);
}

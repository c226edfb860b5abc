// Every write goes through this module: one transaction over the tables it touches. The reader's
// own edits use commit(), which keeps what it cannot save; restores, wipes and the search cache use
// commitOrThrow(), whose caller reports the outcome. Both apply a batch the same way.
//
// When a write cannot reach the database, it is tried once more after reopening it. If it still
// fails, only a transient failure (the database closed or busy) is kept, in memory, for the
// reader to retry; a permanent one (disk full, a record the database refuses) is reported and not
// kept. Kept changes are superseded by any later change to the same record, and a retry applies
// each change only if the stored record is not newer, so a retry never resurrects a deletion or
// overwrites a newer change. Nothing is replayed across restarts.

import { documentId } from '../../../shared/sync/syncDocument';
import type { Hlc } from '../../../shared/sync/hlc';
import { db, type OutboxEntry, type SummitDatabase } from './db';
import { sameHlc, tickIn } from './syncClock';

export type TableName = 'highlights' | 'talkNotes' | 'readingState' | 'drafts' | 'settings' | 'searchIndex';

/** The tables that sync, and the document type each record becomes. */
export const SYNCED_TABLES = { highlights: 'highlight', talkNotes: 'talkNote', readingState: 'readingState' } as const;
export type SyncedTable = keyof typeof SYNCED_TABLES;

function isSynced(table: TableName): table is SyncedTable {
  return table in SYNCED_TABLES;
}

export interface WriteBatch {
  /** "sync": the change came from another device, so it is not sent back out. */
  origin?: 'reader' | 'sync';
  /** Tables emptied first, before the puts and deletes. */
  clears?: TableName[];
  puts?: { table: TableName; record: object }[];
  deletes?: { table: TableName; key: string }[];
}

/** A batch worked out inside the transaction, from what is stored at that moment. */
export interface PreparedBatch {
  tables: TableName[];
  prepare: () => Promise<WriteBatch>;
}

/** What the reader is told about a change that could not be saved. */
export interface WriteFailure {
  /** "kept": held for a retry; "lost": not saved and not kept (the message says why). */
  kind: 'kept' | 'lost';
  message: string;
}

type FailureListener = (failure: WriteFailure) => void;
const failureListeners = new Set<FailureListener>();

export function onWriteFailure(listener: FailureListener): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

function report(failure: WriteFailure): void {
  for (const listener of failureListeners) listener(failure);
}

/** One kept change: the newest the reader made to one record. */
interface PendingChange {
  table: TableName;
  key: string;
  /** The record to write, or null to delete it. */
  record: object | null;
  /** When the change was made: a stored record newer than this wins. */
  at: number;
}

const pending = new Map<string, PendingChange>();
const pendingListeners = new Set<(count: number) => void>();

function pendingId(table: TableName, key: string): string {
  return `${table}\u0000${key}`;
}

function notifyPending(): void {
  for (const listener of pendingListeners) listener(pending.size);
}

/** Runs `listener` with the number of kept changes whenever it changes. */
export function onPendingChange(listener: (count: number) => void): () => void {
  pendingListeners.add(listener);
  return () => pendingListeners.delete(listener);
}

export function pendingCount(): number {
  return pending.size;
}

/** The kept (not yet saved) version of a record, so a later change builds on what the reader sees. */
export function pendingRecord<T>(table: TableName, key: string): T | null | undefined {
  const change = pending.get(pendingId(table, key));
  return change ? (change.record as T | null) : undefined;
}

function keyOf(database: SummitDatabase, table: TableName, record: object): string {
  const keyPath = database.table(table).schema.primKey.keyPath as string;
  return String((record as Record<string, unknown>)[keyPath]);
}

function changesOf(database: SummitDatabase, batch: WriteBatch, at: number): PendingChange[] {
  return [
    ...(batch.puts ?? []).map((put) => ({
      table: put.table,
      key: keyOf(database, put.table, put.record),
      record: put.record,
      at: (put.record as { updatedAt?: number }).updatedAt ?? at,
    })),
    ...(batch.deletes ?? []).map((del) => ({ table: del.table, key: del.key, record: null, at })),
  ];
}

function tablesOf(changes: PendingChange[]): TableName[] {
  return [...new Set(changes.map((change) => change.table))];
}

function tablesOfBatch(batch: WriteBatch): TableName[] {
  return [
    ...new Set([
      ...(batch.clears ?? []),
      ...(batch.puts ?? []).map((put) => put.table),
      ...(batch.deletes ?? []).map((del) => del.table),
    ]),
  ];
}

/**
 * The tables a transaction needs: the batch's, plus the outbox and the clock (syncState) when a
 * synced record changes, so the change is named and stamped in its own transaction.
 */
function transactionTables(names: TableName[], origin: WriteBatch['origin']): string[] {
  return origin !== 'sync' && names.some(isSynced) ? [...names, 'outbox', 'syncState'] : names;
}

/** One change to a synced record: its key, and the fields that differ from before (all when unknown). */
interface SyncedChange {
  table: TableName;
  key: string;
  fields?: string[];
}

/** The fields in which two versions of a record differ; updatedAt is display only and never counts. */
function changedFields(before: object | undefined, after: object | null): string[] | undefined {
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
async function enqueue(database: SummitDatabase, changes: SyncedChange[]): Promise<void> {
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
    const clocks = { ...earlier?.clocks, ...Object.fromEntries(stamped.map((name) => [name, clock])) };
    entries.push({
      docId: docIds[index],
      table: change.table as SyncedTable,
      key: change.key,
      at,
      clock,
      ...(fields ? { fields } : {}),
      ...(fields ? { clocks } : {}),
    });
  }
  if (entries.length > 0) await database.outbox.bulkPut(entries);
}

/** The synced records a batch will change, with their stored versions, read before it writes. */
async function before(database: SummitDatabase, batch: WriteBatch): Promise<Map<string, object | undefined>> {
  const stored = new Map<string, object | undefined>();
  const keysByTable = new Map<TableName, string[]>();
  for (const put of batch.puts ?? []) {
    if (!isSynced(put.table)) continue;
    const keys = keysByTable.get(put.table) ?? [];
    keys.push(keyOf(database, put.table, put.record));
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
      const key = keyOf(database, put.table, put.record);
      return { table: put.table, key, fields: changedFields(previous.get(`${put.table}\u0000${key}`), put.record) };
    }),
    ...(batch.deletes ?? []).map((del) => ({ table: del.table, key: del.key })),
  ]);
}

/** Writes a batch in one transaction over every table it touches. */
async function apply(database: SummitDatabase, batch: WriteBatch | PreparedBatch): Promise<void> {
  const names = 'prepare' in batch ? batch.tables : tablesOfBatch(batch);
  if (names.length === 0) return;
  const origin = 'prepare' in batch ? 'reader' : batch.origin;
  await database.transaction(
    'rw',
    transactionTables(names, origin).map((name) => database.table(name)),
    async () => writeBatch(database, 'prepare' in batch ? await batch.prepare() : batch, origin),
  );
}

/** Applies kept changes in one transaction, each only when the stored record is not newer. */
async function applyIfNewer(database: SummitDatabase, changes: PendingChange[]): Promise<void> {
  const names = tablesOf(changes);
  if (names.length === 0) return;
  const tables = transactionTables(names, 'reader').map((name) => database.table(name));
  await database.transaction('rw', tables, async () => {
    const applied: SyncedChange[] = [];
    for (const change of changes) {
      const table = database.table(change.table);
      const stored = (await table.get(change.key)) as { updatedAt?: number } | undefined;
      if (stored && (stored.updatedAt ?? 0) > change.at) continue;
      if (change.record) await table.put(change.record);
      else await table.delete(change.key);
      applied.push({ table: change.table, key: change.key, fields: changedFields(stored, change.record) });
    }
    await enqueue(database, applied);
  });
}

const TRANSIENT = new Set([
  'DatabaseClosedError',
  'AbortError',
  'TransactionInactiveError',
  'InvalidStateError',
  'TimeoutError',
  'UnknownError',
  'OpenFailedError',
  'PrematureCommitError',
]);

function errorName(error: unknown): string {
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  const name = (error as { name?: string } | null)?.name;
  return inner && inner !== 'Error' ? inner : (name ?? 'Error');
}

/** Whether trying again later can succeed: the database was closed or busy, not the data refused. */
export function isTransientFailure(error: unknown): boolean {
  return TRANSIENT.has(errorName(error));
}

function lostMessage(error: unknown): string {
  const name = errorName(error);
  if (name === 'QuotaExceededError')
    return 'A change could not be saved: the disk is full or the app’s storage quota is used up. Free some space and make the change again.';
  return `A change could not be saved (${name}). It was not kept; make it again.`;
}

function keep(changes: PendingChange[]): void {
  for (const change of changes) {
    const id = pendingId(change.table, change.key);
    const older = pending.get(id);
    if (!older || older.at <= change.at) pending.set(id, change);
  }
  notifyPending();
}

/** A saved change supersedes kept changes to the same records. */
function supersede(changes: PendingChange[]): void {
  let dropped = false;
  for (const change of changes) {
    const id = pendingId(change.table, change.key);
    const older = pending.get(id);
    if (older && older.at <= change.at) dropped = pending.delete(id) || dropped;
  }
  if (dropped) notifyPending();
}

/** Saves one change the reader made; a change that cannot be saved is kept or reported, never thrown. */
export async function commit(batch: Omit<WriteBatch, 'clears'>): Promise<boolean> {
  const database = db();
  const changes = changesOf(database, batch, Date.now());
  try {
    await apply(database, batch);
    supersede(changes);
    // The database works again: save what was kept, quietly; a failure there is reported as usual.
    if (pending.size > 0) void retryPendingWrites().catch(() => undefined);
    return true;
  } catch (first) {
    if (!isTransientFailure(first)) {
      report({ kind: 'lost', message: lostMessage(first) });
      return false;
    }
    try {
      if (!database.isOpen()) await database.open();
      await apply(database, batch);
      supersede(changes);
      return true;
    } catch (second) {
      if (!isTransientFailure(second)) {
        report({ kind: 'lost', message: lostMessage(second) });
        return false;
      }
      keep(changes);
      report({
        kind: 'kept',
        message: 'A change could not be saved yet: the database is busy or closed. It is kept until you retry.',
      });
      return false;
    }
  }
}

/**
 * Tries the kept changes again. Each applies only if the stored record is not newer. A change the
 * database refuses for good is dropped and reported; the others are saved. Returns how many saved.
 */
export async function retryPendingWrites(): Promise<number> {
  const database = db();
  const changes = [...pending.values()];
  if (changes.length === 0) return 0;
  if (!database.isOpen()) await database.open();
  try {
    await applyIfNewer(database, changes);
    supersede(changes);
    return changes.length;
  } catch (error) {
    if (isTransientFailure(error)) throw error;
  }
  // One change is refused: save the others one by one, so a bad one never blocks the rest.
  let saved = 0;
  for (const change of changes) {
    try {
      await applyIfNewer(database, [change]);
      saved++;
      supersede([change]);
    } catch (error) {
      if (isTransientFailure(error)) continue;
      pending.delete(pendingId(change.table, change.key));
      notifyPending();
      report({ kind: 'lost', message: lostMessage(error) });
    }
  }
  return saved;
}

/** Where earlier versions kept unsaved changes between sessions. */
const LEGACY_PENDING_KEY = 'summit-reader:pending-writes';

/**
 * Saves changes an earlier version kept in localStorage, once, each only where the stored record
 * is not newer (a kept deletion never removes a record that has a time), then forgets them.
 */
export async function importLegacyPendingWrites(): Promise<number> {
  const database = db();
  let batches: WriteBatch[];
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(LEGACY_PENDING_KEY) ?? '[]');
    batches = Array.isArray(parsed) ? (parsed as WriteBatch[]) : [];
  } catch {
    batches = [];
  }
  let saved = 0;
  for (const batch of batches) {
    for (const change of changesOf(database, batch, 0)) {
      try {
        await applyIfNewer(database, [{ ...change, at: change.record ? change.at : 0 }]);
        saved++;
      } catch (error) {
        report({ kind: 'lost', message: lostMessage(error) });
      }
    }
  }
  localStorage.removeItem(LEGACY_PENDING_KEY);
  return saved;
}

/**
 * Writes a batch whole or not at all, and throws when it cannot: for restores, wipes and the
 * search cache, whose callers report the outcome and which must never be kept half-done.
 */
export async function commitOrThrow(batch: WriteBatch | PreparedBatch): Promise<void> {
  const database = db();
  try {
    await apply(database, batch);
  } catch (error) {
    if (!isTransientFailure(error)) throw error;
    if (!database.isOpen()) await database.open();
    await apply(database, batch);
  }
}

/**
 * Writes a record that came from another device, unless this device changed it since its last
 * send: then the local change goes out first and merges on the server, and the merged record
 * comes back in a later round. Checked and written in one transaction, so no edit is overwritten.
 */
export async function applySyncedRecord(table: keyof typeof SYNCED_TABLES, record: object): Promise<boolean> {
  const database = db();
  const key = keyOf(database, table, record);
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
      const changes: { table: TableName; key: string }[] = [];
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

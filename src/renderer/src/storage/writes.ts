// Every write goes through commit(): one transaction over the tables it touches.
//
// When a write cannot reach the database, it is tried once more after reopening it. If it still
// fails, only a transient failure (the database closed or busy) is kept, in memory, for the
// reader to retry; a permanent one (disk full, a record the database refuses) is reported and not
// kept. Kept changes are superseded by any later change to the same record, and a retry applies
// each change only if the stored record is not newer, so a retry never resurrects a deletion or
// overwrites a newer change. Nothing is replayed across restarts.

import type { SummitDatabase } from './db';

export type TableName = 'highlights' | 'talkNotes' | 'readingState' | 'drafts' | 'settings';

export interface WriteBatch {
  puts?: { table: TableName; record: object }[];
  deletes?: { table: TableName; key: string }[];
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

async function apply(database: SummitDatabase, batch: WriteBatch, changes: PendingChange[]): Promise<void> {
  const tables = tablesOf(changes).map((name) => database.table(name));
  if (tables.length === 0) return;
  await database.transaction('rw', tables, async () => {
    for (const put of batch.puts ?? []) await database.table(put.table).put(put.record);
    for (const del of batch.deletes ?? []) await database.table(del.table).delete(del.key);
  });
}

/** Applies kept changes in one transaction, each only when the stored record is not newer. */
async function applyIfNewer(database: SummitDatabase, changes: PendingChange[]): Promise<void> {
  const tables = tablesOf(changes).map((name) => database.table(name));
  if (tables.length === 0) return;
  await database.transaction('rw', tables, async () => {
    for (const change of changes) {
      const table = database.table(change.table);
      const stored = (await table.get(change.key)) as { updatedAt?: number } | undefined;
      if (stored && (stored.updatedAt ?? 0) > change.at) continue;
      if (change.record) await table.put(change.record);
      else await table.delete(change.key);
    }
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

export async function commit(database: SummitDatabase, batch: WriteBatch): Promise<boolean> {
  const changes = changesOf(database, batch, Date.now());
  try {
    await apply(database, batch, changes);
    supersede(changes);
    // The database works again: save what was kept, quietly; a failure there is reported as usual.
    if (pending.size > 0) void retryPendingWrites(database).catch(() => undefined);
    return true;
  } catch (first) {
    if (!isTransientFailure(first)) {
      report({ kind: 'lost', message: lostMessage(first) });
      return false;
    }
    try {
      if (!database.isOpen()) await database.open();
      await apply(database, batch, changes);
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
export async function retryPendingWrites(database: SummitDatabase): Promise<number> {
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
export async function importLegacyPendingWrites(database: SummitDatabase): Promise<number> {
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

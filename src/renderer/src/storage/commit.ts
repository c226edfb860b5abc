// Saving: the reader's own changes, which are tried again once after reopening the database and
// then kept (a transient failure) or reported (a permanent one), never thrown, and the writes
// whose callers report the outcome themselves (restores, wipes, the search cache), which must
// never be kept half-done. Retrying kept changes is retryKept.ts.

import { applyBatch } from './applyBatch';
import { db, type SummitDatabase } from './db';
import { currentView, forget, keep, keptChanges, type KeptChange } from './keptChanges';
import { changedFields } from './outbox';
import { restoreRunning } from './restoreLock';
import { retryPendingWrites } from './retryKept';
import { isTransientFailure, lostMessage } from './writeErrors';
import { reportWriteFailure } from './writeNotices';
import {
  keyOf,
  putsOf,
  type Delete,
  type PreparedBatch,
  type Put,
  type RowOf,
  type TableName,
  type WriteBatch,
} from './writeBatch';

/** A change to one record, worked out from the record inside the transaction that writes it. */
export interface RecordEdit<T extends TableName> {
  table: T;
  key: string;
  /** The new record, from the one the reader last left (undefined when none); null changes nothing. */
  change: (current: RowOf<T> | undefined) => RowOf<T> | null;
  /** Records written with it, in the same transaction. */
  puts?: Put[];
  /** Records removed with it, in the same transaction (a draft saved as the note). */
  deletes?: Delete[];
}

/** What became of an edit: whether it was saved, and the record it made (null when it changed nothing). */
export interface EditOutcome<T extends TableName> {
  saved: boolean;
  record: RowOf<T> | null;
}

type Attempt = { ok: true } | { ok: false; kept: boolean; error: unknown };

/** Applies a batch, once more after reopening the database when the first failure is transient. */
async function attempt(database: SummitDatabase, batch: WriteBatch | PreparedBatch): Promise<Attempt> {
  try {
    await applyBatch(database, batch);
    return { ok: true };
  } catch (first) {
    if (!isTransientFailure(first)) return { ok: false, kept: false, error: first };
    try {
      if (!database.isOpen()) await database.open();
      await applyBatch(database, batch);
      return { ok: true };
    } catch (second) {
      return { ok: false, kept: isTransientFailure(second), error: second };
    }
  }
}

function batchChanges(batch: Omit<WriteBatch, 'clears'>, at: number): KeptChange[] {
  return [
    ...(batch.puts ?? []).map((put) => ({
      table: put.table,
      key: keyOf(put),
      record: put.record,
      at: (put.record as { updatedAt?: number }).updatedAt ?? at,
    })),
    ...(batch.deletes ?? []).map((del) => ({ table: del.table, key: del.key, record: null, at })),
  ];
}

/** An edit as a kept change: the fields it changed, with their values before, or the whole record. */
function editChange(table: TableName, key: string, before: object | undefined, after: object): KeptChange {
  const at = (after as { updatedAt?: number }).updatedAt ?? Date.now();
  if (!before) return { table, key, record: after, at };
  const fields = changedFields(before, after) ?? [];
  const base = Object.fromEntries(fields.map((name) => [name, (before as Record<string, unknown>)[name]]));
  return { table, key, record: after, base, at };
}

function failed(outcome: Extract<Attempt, { ok: false }>, changes: () => KeptChange[]): void {
  if (!outcome.kept) {
    reportWriteFailure({ kind: 'lost', message: lostMessage(outcome.error) });
    return;
  }
  keep(changes());
  reportWriteFailure({
    kind: 'kept',
    message: 'A change could not be saved yet: the database is busy or closed. It is kept until you retry.',
  });
}

const WAITING_FOR_RESTORE =
  'A backup is being restored: this change waits and is saved as soon as the restore finishes.';

/** While a restore runs, a change is kept to be saved when it ends, and the reader told so. */
function waitForRestore(changes: () => KeptChange[]): void {
  keep(changes());
  reportWriteFailure({ kind: 'kept', message: WAITING_FOR_RESTORE });
}

function saveKeptQuietly(): void {
  // The database works again: save what was kept; a failure there is reported as usual.
  if (keptChanges().length > 0 && !restoreRunning()) void retryPendingWrites().catch(() => undefined);
}

/** Saves whole records the reader made; a change that cannot be saved is kept or reported, never thrown. */
export async function commit(batch: Omit<WriteBatch, 'clears'>): Promise<boolean> {
  const database = db();
  const changes = batchChanges(batch, Date.now());
  if (restoreRunning()) {
    waitForRestore(() => changes);
    return false;
  }
  const outcome = await attempt(database, batch);
  if (!outcome.ok) {
    failed(outcome, () => changes);
    return false;
  }
  forget(changes);
  saveKeptQuietly();
  return true;
}

/**
 * Saves one change the reader made to a record, computed inside the transaction that writes it
 * from the record as stored (with any kept change merged in), so two changes racing each other
 * both land. A change that cannot be saved is kept or reported, never thrown.
 */
export async function commitEdit<T extends TableName>(edit: RecordEdit<T>): Promise<EditOutcome<T>> {
  const database = db();
  const extra = { puts: edit.puts, deletes: edit.deletes };
  if (restoreRunning()) {
    const stored = (await database.table(edit.table).get(edit.key)) as RowOf<T> | undefined;
    const seen = currentView(edit.table, edit.key, stored);
    const next = edit.change(seen);
    if (next)
      waitForRestore(() => [
        editChange(edit.table, edit.key, seen as object | undefined, next as object),
        ...batchChanges(extra, Date.now()),
      ]);
    return { saved: false, record: null };
  }
  let made: RowOf<T> | null = null;
  const batch: PreparedBatch = {
    tables: [
      ...new Set([
        edit.table,
        ...(edit.puts ?? []).map((put) => put.table),
        ...(edit.deletes ?? []).map((del) => del.table),
      ]),
    ],
    prepare: async () => {
      const stored = (await database.table(edit.table).get(edit.key)) as RowOf<T> | undefined;
      made = edit.change(currentView(edit.table, edit.key, stored));
      return made ? { puts: [...putsOf(edit.table, [made]), ...(edit.puts ?? [])], deletes: edit.deletes } : {};
    },
  };
  const outcome = await attempt(database, batch);
  if (outcome.ok) {
    const record = made as RowOf<T> | null;
    if (record) forget([{ table: edit.table, key: edit.key }, ...batchChanges(extra, Date.now())]);
    saveKeptQuietly();
    return { saved: true, record };
  }
  // Worked out again from what the reader sees, to keep it: the stored record if it can be read.
  const stored = (await database
    .table(edit.table)
    .get(edit.key)
    .catch(() => undefined)) as RowOf<T> | undefined;
  const seen = currentView(edit.table, edit.key, stored);
  const next = edit.change(seen);
  if (next)
    failed(outcome, () => [
      editChange(edit.table, edit.key, seen as object | undefined, next as object),
      ...batchChanges(extra, Date.now()),
    ]);
  else if (!outcome.kept) reportWriteFailure({ kind: 'lost', message: lostMessage(outcome.error) });
  return { saved: false, record: null };
}

/**
 * Writes a batch whole or not at all, and throws when it cannot: for restores, wipes and the
 * search cache, whose callers report the outcome and which must never be kept half-done.
 */
export async function commitOrThrow(batch: WriteBatch | PreparedBatch): Promise<void> {
  const outcome = await attempt(db(), batch);
  if (!outcome.ok) throw outcome.error;
}

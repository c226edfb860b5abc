// Retrying kept changes: each is merged field by field into what is stored by then, in one
// transaction for all (one by one if the database refuses one); a change a later one replaced is
// reported as skipped, never counted as saved; changes held from the last session come back here.

import { db, type SummitDatabase } from './db';
import { forget, keep, keptChange, keptChanges, mergeKept, type KeptChange } from './keptChanges';
import { changedFields, enqueue, type SyncedChange } from './outbox';
import { transactionTables } from './applyBatch';
import { restoreRunning } from './restoreLock';
import { isTransientFailure, lostMessage } from './writeErrors';
import { reportWriteFailure } from './writeNotices';

interface KeptResult {
  saved: KeptChange[];
  skipped: KeptChange[];
}

/** Applies kept changes in one transaction, each merged field by field into what is stored. */
export async function applyKept(database: SummitDatabase, changes: KeptChange[]): Promise<KeptResult> {
  const names = [...new Set(changes.map((change) => change.table))];
  const result: KeptResult = { saved: [], skipped: [] };
  if (names.length === 0) return result;
  const tables = transactionTables(names, 'reader').map((name) => database.table(name));
  await database.transaction('rw', tables, async () => {
    const applied: SyncedChange[] = [];
    for (const change of changes) {
      const table = database.table(change.table);
      const stored = (await table.get(change.key)) as object | undefined;
      const outcome = mergeKept(change, stored);
      if (outcome === 'skip') {
        result.skipped.push(change);
        continue;
      }
      if (outcome.write) await table.put(outcome.write);
      else await table.delete(change.key);
      result.saved.push(change);
      applied.push({
        table: change.table,
        key: change.key,
        fields: outcome.write ? (outcome.fields ?? changedFields(stored, outcome.write)) : undefined,
        walls: outcome.walls,
      });
    }
    await enqueue(database, applied);
  });
  return result;
}

function reportSkipped(skipped: KeptChange[]): void {
  if (skipped.length === 0) return;
  reportWriteFailure({
    kind: 'skipped',
    message: `${skipped.length === 1 ? 'A kept change was' : `${skipped.length} kept changes were`} not saved: the same ${
      skipped.length === 1 ? 'record was' : 'records were'
    } changed later, here or on another computer, and the later change is kept.`,
  });
}

/**
 * Tries the kept changes again, each merged field by field into what is stored now. A change the
 * database refuses for good is dropped and reported; one that a later change replaced whole is
 * reported as skipped. Returns how many were saved.
 */
export async function retryPendingWrites(): Promise<number> {
  const database = db();
  const changes = keptChanges();
  // During a restore kept changes wait; they are tried once it ends.
  if (changes.length === 0 || restoreRunning()) return 0;
  if (!database.isOpen()) await database.open();
  try {
    const { saved, skipped } = await applyKept(database, changes);
    forgetApplied(changes);
    reportSkipped(skipped);
    return saved.length;
  } catch (error) {
    if (isTransientFailure(error)) throw error;
  }
  // One change is refused: save the others one by one, so a bad one never blocks the rest.
  let saved = 0;
  const skipped: KeptChange[] = [];
  for (const change of changes) {
    try {
      const result = await applyKept(database, [change]);
      saved += result.saved.length;
      skipped.push(...result.skipped);
      forgetApplied([change]);
    } catch (error) {
      if (isTransientFailure(error)) continue;
      forgetApplied([change]);
      reportWriteFailure({ kind: 'lost', message: lostMessage(error) });
    }
  }
  reportSkipped(skipped);
  return saved;
}

/** Forgets kept changes that were applied, unless the reader changed the record again meanwhile. */
function forgetApplied(changes: KeptChange[]): void {
  forget(changes.filter((change) => keptChange(change.table, change.key) === change));
}

/**
 * Takes back changes kept in an earlier session (held by main in a file) and tries them, merged
 * field by field into what is stored now like any kept change. Returns how many were saved.
 */
export async function restoreKeptChanges(changes: KeptChange[]): Promise<number> {
  if (changes.length === 0) return 0;
  keep(changes);
  return retryPendingWrites();
}

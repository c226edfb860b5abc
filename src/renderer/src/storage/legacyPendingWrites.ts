// Changes an earlier version kept in localStorage: saved once at start-up, each only where the
// stored record is not newer (a kept deletion never removes a record that has a time), then forgotten.

import { applyKept } from './retryKept';
import { db } from './db';
import type { KeptChange } from './keptChanges';
import { lostMessage } from './writeErrors';
import { reportWriteFailure } from './writeNotices';
import { PRIMARY_KEYS, type TableName } from './writeBatch';

/** Where earlier versions kept unsaved changes between sessions. */
const LEGACY_PENDING_KEY = 'summit-reader:pending-writes';

interface LegacyBatch {
  puts?: { table: TableName; record: Record<string, unknown> }[];
  deletes?: { table: TableName; key: string }[];
}

function changesOf(batch: LegacyBatch): KeptChange[] {
  return [
    ...(batch.puts ?? []).map((put) => ({
      table: put.table,
      key: String(put.record[PRIMARY_KEYS[put.table]]),
      record: put.record,
      at: typeof put.record.updatedAt === 'number' ? put.record.updatedAt : 0,
    })),
    ...(batch.deletes ?? []).map((del) => ({ table: del.table, key: del.key, record: null, at: 0 })),
  ];
}

export async function importLegacyPendingWrites(): Promise<number> {
  const database = db();
  let batches: LegacyBatch[];
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(LEGACY_PENDING_KEY) ?? '[]');
    batches = Array.isArray(parsed) ? (parsed as LegacyBatch[]) : [];
  } catch {
    batches = [];
  }
  let saved = 0;
  for (const batch of batches) {
    for (const change of changesOf(batch)) {
      if (!(change.table in PRIMARY_KEYS)) continue;
      try {
        saved += (await applyKept(database, [change])).saved.length;
      } catch (error) {
        reportWriteFailure({ kind: 'lost', message: lostMessage(error) });
      }
    }
  }
  localStorage.removeItem(LEGACY_PENDING_KEY);
  return saved;
}

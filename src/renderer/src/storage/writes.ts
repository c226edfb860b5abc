// The write path's public face: every write to the reader's data goes through these, one
// transaction over the tables it touches. Each job lives in its own module:
//   writeBatch.ts      what a batch is, typed per table from the schema;
//   applyBatch.ts      applying a batch in one transaction, with the outbox;
//   outbox.ts          naming changed synced records, stamped with the change's clock;
//   commit.ts          the reader's edits (kept or reported on failure), and commitOrThrow;
//   keptChanges.ts     changes kept for a retry, and how they merge field by field;
//   retryKept.ts       retrying kept changes, and those held from the last session;
//   writeErrors.ts     which failures are transient, and their words;
//   writeNotices.ts    telling the reader about changes not saved;
//   legacyPendingWrites.ts  changes an earlier version kept in localStorage;
//   syncedWrites.ts    the sync bridge's writes: records from other devices, first send, sent entries.

export { commit, commitEdit, commitOrThrow, type EditOutcome, type RecordEdit } from './commit';
export { restoreKeptChanges, retryPendingWrites } from './retryKept';
export { importLegacyPendingWrites } from './legacyPendingWrites';
export { keptChanges, onPendingChange, pendingCount, type KeptChange } from './keptChanges';
export { onWriteFailure, type WriteFailure } from './writeNotices';
export { SYNCED_TABLES, type SyncedTable } from './outbox';
export { applySyncedRecord, enqueueAllSynced, markSent } from './syncedWrites';
export type { Delete, PreparedBatch, Put, RowOf, TableName, WriteBatch } from './writeBatch';

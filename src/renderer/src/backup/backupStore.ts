// Backing up everything the reader made, and restoring it: planned first (what will change), then
// applied in one transaction, the newer copy of each record winning.

import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  toWebAnnotations,
  type Backup,
} from '../../../shared/backup/backupFormat';
import { callMain } from '../ipc/client';
import type { Table } from 'dexie';
import type { SummitDatabase } from '../storage/db';

/** Settings that belong to this installation, not to the reader's data. */
const LOCAL_SETTINGS = new Set(['lastTalkId']);

/** The tables that hold the reader's own data, which backups carry and restores write. */
const READER_TABLES = ['highlights', 'talkNotes', 'readingState', 'drafts', 'settings'] as const;

function readerTables(database: SummitDatabase): Table[] {
  return READER_TABLES.map((name) => database.table(name));
}

export async function createBackup(database: SummitDatabase, exportedAt = new Date().toISOString()): Promise<Backup> {
  return database.transaction('r', readerTables(database), async () => {
    const highlights = await database.highlights.orderBy('id').toArray();
    return {
      format: BACKUP_FORMAT,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      exportedAt,
      highlights,
      talkNotes: await database.talkNotes.orderBy('talkId').toArray(),
      readingState: await database.readingState.orderBy('talkId').toArray(),
      drafts: await database.drafts.orderBy('key').toArray(),
      settings: (await database.settings.orderBy('key').toArray())
        .filter((setting) => !LOCAL_SETTINGS.has(setting.key))
        .map(({ key, value }) => ({ key, value })),
      webAnnotations: toWebAnnotations(highlights),
    };
  });
}

/** A backup of the database plus the original files of imported documents, which main keeps. */
export async function createFullBackup(database: SummitDatabase): Promise<Backup> {
  const backup = await createBackup(database);
  const documents = await callMain('exportImportedDocuments');
  return documents.ok && documents.value.length > 0 ? { ...backup, importedDocuments: documents.value } : backup;
}

/**
 * Restores a backup all or nothing: main first checks and holds its imported documents, then the
 * database part is applied in one transaction, then main adds the documents. If that last step
 * fails, the database is put back exactly as it was before, so the profile never ends half-restored.
 */
export async function restoreFull(
  database: SummitDatabase,
  backup: Backup,
): Promise<{ ok: true; documentsAdded: number } | { ok: false; error: string }> {
  const documents = backup.importedDocuments ?? [];
  let token: string | null = null;
  if (documents.length > 0) {
    const staged = await callMain('stageImportedDocuments', documents);
    if (!staged.ok) return { ok: false, error: staged.error.message };
    token = staged.value.token;
    if (staged.value.refused.length > 0) {
      await callMain('discardStagedDocuments', token);
      return { ok: false, error: `Nothing was restored: ${staged.value.refused.join('; ')}` };
    }
  }
  const before = await snapshotAll(database);
  try {
    await applyRestore(database, backup);
  } catch (error) {
    if (token) await callMain('discardStagedDocuments', token);
    return { ok: false, error: `Nothing was restored: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!token) return { ok: true, documentsAdded: 0 };
  const committed = await callMain('commitStagedDocuments', token);
  if (committed.ok) return { ok: true, documentsAdded: committed.value.added };
  await replaceAll(database, before);
  return { ok: false, error: `Nothing was restored: ${committed.error.message}` };
}

type Snapshot = Record<(typeof READER_TABLES)[number], unknown[]>;

/** Every record of the reader's tables as stored, read in one transaction. */
async function snapshotAll(database: SummitDatabase): Promise<Snapshot> {
  const tables = readerTables(database);
  return database.transaction('r', tables, async () => {
    const rows = await Promise.all(tables.map((table) => table.toArray()));
    return Object.fromEntries(READER_TABLES.map((name, index) => [name, rows[index]])) as Snapshot;
  });
}

/** Puts every table back to exactly what a snapshot holds, in one transaction. */
async function replaceAll(database: SummitDatabase, snapshot: Snapshot): Promise<void> {
  const tables = readerTables(database);
  await database.transaction('rw', tables, async () => {
    for (const [index, table] of tables.entries()) {
      await table.clear();
      await table.bulkPut(snapshot[READER_TABLES[index]]);
    }
  });
}

export interface RestoreCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Records where this device's copy is newer and is kept. */
  keptNewer: number;
}

export type RestorePlan = Record<'highlights' | 'talkNotes' | 'readingState' | 'drafts' | 'settings', RestoreCounts>;

type Keyed = { updatedAt?: number };

function compare<T extends Keyed>(
  incoming: T[],
  existing: Map<string, T>,
  key: (record: T) => string,
): { counts: RestoreCounts; writes: T[] } {
  const counts: RestoreCounts = { added: 0, updated: 0, unchanged: 0, keptNewer: 0 };
  const writes: T[] = [];
  for (const record of incoming) {
    const current = existing.get(key(record));
    if (!current) {
      counts.added++;
      writes.push(record);
    } else if (JSON.stringify(current) === JSON.stringify(record)) counts.unchanged++;
    else if ((record.updatedAt ?? 0) >= (current.updatedAt ?? 0)) {
      counts.updated++;
      writes.push(record);
    } else counts.keptNewer++;
  }
  return { counts, writes };
}

async function diff(database: SummitDatabase, backup: Backup) {
  const [highlights, talkNotes, readingState, drafts, settings] = await Promise.all([
    database.highlights.toArray(),
    database.talkNotes.toArray(),
    database.readingState.toArray(),
    database.drafts.toArray(),
    database.settings.toArray(),
  ]);
  return {
    highlights: compare(
      backup.highlights,
      new Map(highlights.map((record) => [record.id, record])),
      (record) => record.id,
    ),
    talkNotes: compare(
      backup.talkNotes,
      new Map(talkNotes.map((record) => [record.talkId, record])),
      (record) => record.talkId,
    ),
    readingState: compare(
      backup.readingState,
      new Map(readingState.map((record) => [record.talkId, record])),
      (record) => record.talkId,
    ),
    drafts: compare(backup.drafts, new Map(drafts.map((record) => [record.key, record])), (record) => record.key),
    // Settings have no time stamp: the backup's value is taken.
    settings: compare(
      backup.settings.map((setting) => ({ ...setting, updatedAt: Number.MAX_SAFE_INTEGER })),
      new Map(settings.map((record) => [record.key, { ...record, updatedAt: 0 }])),
      (record) => record.key,
    ),
  };
}

export async function planRestore(database: SummitDatabase, backup: Backup): Promise<RestorePlan> {
  const result = await diff(database, backup);
  return Object.fromEntries(Object.entries(result).map(([table, { counts }]) => [table, counts])) as RestorePlan;
}

/** Applies a backup in one transaction: all of it or, if anything fails, none of it. */
export async function applyRestore(database: SummitDatabase, backup: Backup): Promise<RestorePlan> {
  const tables = readerTables(database);
  return database.transaction('rw', tables, async () => {
    const result = await diff(database, backup);
    await database.highlights.bulkPut(result.highlights.writes);
    await database.talkNotes.bulkPut(result.talkNotes.writes);
    await database.readingState.bulkPut(result.readingState.writes);
    await database.drafts.bulkPut(result.drafts.writes);
    const restoredAt = Date.now();
    await database.settings.bulkPut(
      result.settings.writes.map(({ key, value }) => ({ key, value, updatedAt: restoredAt })),
    );
    return Object.fromEntries(Object.entries(result).map(([table, { counts }]) => [table, counts])) as RestorePlan;
  });
}

/** Empties every table of the reader's data, as on a new machine. */
export async function wipeAll(database: SummitDatabase): Promise<void> {
  const tables = readerTables(database);
  await database.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
  });
}

// The database side of backups: reading every table of the reader's data, planning a restore
// (what it will change), applying it in one transaction with the newer copy of each record
// winning, putting the tables back as they were, and wiping them.

import {
  BACKUP_FORMAT,
  canonicalJson,
  BACKUP_SCHEMA_VERSION,
  toWebAnnotations,
  type Backup,
} from '../../../shared/backup/backupFormat';
import { db } from './db';
import { readStored } from './reads';
import { LAST_TALK_KEY } from './settings';
import { putsOf } from './writeBatch';
import { commitOrThrow, type Put, type TableName } from './writes';

/** Settings that belong to this installation, not to the reader's data. */
const LOCAL_SETTINGS = new Set([LAST_TALK_KEY]);

/** The tables that hold the reader's own data, which backups carry and restores write. */
const READER_TABLES = ['highlights', 'talkNotes', 'readingState', 'drafts', 'settings'] as const satisfies TableName[];
type ReaderTable = (typeof READER_TABLES)[number];

function readerTables() {
  return READER_TABLES.map((name) => db().table(name));
}

export async function createBackup(exportedAt = new Date().toISOString()): Promise<Backup> {
  const database = db();
  return database.transaction('r', readerTables(), async () => {
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

export interface RestoreCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Records where this device's copy is newer and is kept. */
  keptNewer: number;
}

export type RestorePlan = Record<ReaderTable, RestoreCounts>;

type Keyed = { updatedAt?: number };

function compare<T extends Keyed>(
  incoming: T[],
  existing: Map<string, T>,
  key: (record: T) => string,
): { counts: RestoreCounts; writes: T[]; before: Map<string, T | undefined> } {
  const counts: RestoreCounts = { added: 0, updated: 0, unchanged: 0, keptNewer: 0 };
  const writes: T[] = [];
  const before = new Map<string, T | undefined>();
  for (const record of incoming) {
    const current = existing.get(key(record));
    if (!current) {
      counts.added++;
      writes.push(record);
      before.set(key(record), undefined);
    } else if (JSON.stringify(current) === JSON.stringify(record)) counts.unchanged++;
    else if ((record.updatedAt ?? 0) >= (current.updatedAt ?? 0)) {
      counts.updated++;
      writes.push(record);
      before.set(key(record), current);
    } else counts.keptNewer++;
  }
  return { counts, writes, before };
}

function byKey<T>(records: T[], key: (record: T) => string): Map<string, T> {
  return new Map(records.map((record) => [key(record), record]));
}

async function diff(backup: Backup) {
  const database = db();
  const [highlights, talkNotes, readingState, drafts, settings] = await Promise.all([
    database.highlights.toArray(),
    database.talkNotes.toArray(),
    database.readingState.toArray(),
    database.drafts.toArray(),
    database.settings.toArray(),
  ]);
  const id = (record: { id: string }) => record.id;
  const talkId = (record: { talkId: string }) => record.talkId;
  const key = (record: { key: string }) => record.key;
  return {
    highlights: compare(backup.highlights, byKey(highlights, id), id),
    talkNotes: compare(backup.talkNotes, byKey(talkNotes, talkId), talkId),
    readingState: compare(backup.readingState, byKey(readingState, talkId), talkId),
    drafts: compare(backup.drafts, byKey(drafts, key), key),
    // Settings have no time stamp: the backup's value is taken.
    settings: compare(
      backup.settings.map((setting) => ({ ...setting, updatedAt: Number.MAX_SAFE_INTEGER })),
      byKey(
        settings.map((record) => ({ ...record, updatedAt: 0 })),
        key,
      ),
      key,
    ),
  };
}

function countsOf(result: Awaited<ReturnType<typeof diff>>): RestorePlan {
  return Object.fromEntries(Object.entries(result).map(([table, { counts }]) => [table, counts])) as RestorePlan;
}

export async function planRestore(backup: Backup): Promise<RestorePlan> {
  return countsOf(await diff(backup));
}

/** One record a restore wrote: what it wrote, and what was stored before (undefined: nothing). */
export interface RestoredRecord {
  table: ReaderTable;
  key: string;
  before: object | undefined;
  after: object;
}

/** What a restore did: its counts, and each record it wrote, so it can be taken back exactly. */
export interface AppliedRestore {
  plan: RestorePlan;
  written: RestoredRecord[];
}

/** Applies a backup in one transaction: all of it or, if anything fails, none of it. */
export async function applyRestore(backup: Backup): Promise<AppliedRestore> {
  let applied: AppliedRestore | null = null;
  await commitOrThrow({
    tables: [...READER_TABLES],
    prepare: async () => {
      const result = await diff(backup);
      const restoredAt = Date.now();
      const settings = result.settings.writes.map(({ key, value }) => ({ key, value, updatedAt: restoredAt }));
      const written: RestoredRecord[] = [];
      const note = <T extends object>(table: ReaderTable, records: T[], key: (record: T) => string): void => {
        const before = result[table].before as Map<string, object | undefined>;
        for (const record of records)
          written.push({ table, key: key(record), before: before.get(key(record)), after: record });
      };
      note('highlights', result.highlights.writes, (record) => record.id);
      note('talkNotes', result.talkNotes.writes, (record) => record.talkId);
      note('readingState', result.readingState.writes, (record) => record.talkId);
      note('drafts', result.drafts.writes, (record) => record.key);
      note('settings', settings, (record) => record.key);
      applied = { plan: countsOf(result), written };
      return {
        puts: [
          ...putsOf('highlights', result.highlights.writes),
          ...putsOf('talkNotes', result.talkNotes.writes),
          ...putsOf('readingState', result.readingState.writes),
          ...putsOf('drafts', result.drafts.writes),
          ...putsOf('settings', settings),
        ],
      };
    },
  });
  if (!applied) throw new Error('The restore was not applied.');
  return applied;
}

/**
 * Takes a restore back, record by record, in one transaction: each record the restore wrote and
 * nobody changed since goes back to what it was (or away, if the restore added it). A record
 * changed since the restore is left as it is, and no table is ever cleared, so later work stays.
 */
export async function undoRestore(written: RestoredRecord[]): Promise<void> {
  const tables = [...new Set(written.map((record) => record.table))];
  await commitOrThrow({
    tables,
    prepare: async () => {
      const database = db();
      const puts: Put[] = [];
      const deletes: { table: ReaderTable; key: string }[] = [];
      for (const record of written) {
        const stored = (await database.table(record.table).get(record.key)) as object | undefined;
        if (!stored || canonicalJson(stored) !== canonicalJson(record.after)) continue;
        if (record.before) puts.push(...putsOf(record.table, [record.before as never]));
        else deletes.push({ table: record.table, key: record.key });
      }
      return { puts, deletes };
    },
  });
}

/** Empties every table of the reader's data, as on a new machine. */
export async function wipeAll(): Promise<void> {
  await commitOrThrow({ clears: [...READER_TABLES] });
}

/** How many records the reader's main tables hold: zero everywhere means a fresh or emptied profile. */
export async function recordCount(): Promise<number> {
  const counts = await readStored((database) =>
    Promise.all([database.highlights.count(), database.talkNotes.count(), database.readingState.count()]),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

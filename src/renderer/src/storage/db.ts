// The one Dexie module: the reader's IndexedDB database and its schema versions.
//
// Versions are only ever appended. Each migration is tested against a database made by the
// version before it (see db.test.ts).

import Dexie, { type IntervalTree, type ObservabilitySet, type Table } from 'dexie';
import type {
  DraftRecord,
  HighlightRecord,
  ReadingStateRecord,
  SettingRecord,
  TalkNoteRecord,
} from '../../../shared/annotations';
import type { StoredIndex } from '../../../shared/search/indexStore';
import type { Hlc } from '../../../shared/sync/hlc';

export const DATABASE_NAME = 'summit-reader';

/** A record changed on this device and not yet sent: its synced document's id and where it lives. */
export interface OutboxEntry {
  docId: string;
  table: 'highlights' | 'talkNotes' | 'readingState';
  key: string;
  at: number;
  /** When the oldest change not yet sent was made (older entries have only `at`). */
  since?: number;
  /** The fields changed since the last send; absent means all (a first send, a restore). */
  fields?: string[];
  /** The clock reading of the latest change, taken in its transaction; absent in older entries. */
  clock?: Hlc;
  /** When each changed field was last changed here: the stamp it is sent with. */
  clocks?: Record<string, Hlc>;
}

/** Every schema the app has shipped, oldest first. Never edit one; append a new one. */
export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: {
      highlights: 'id, talkId, updatedAt',
      talkNotes: 'talkId, updatedAt',
      readingState: 'talkId, updatedAt',
      drafts: 'key',
      settings: 'key',
    },
  },
  {
    // v2: the stored search index, so start-up loads it instead of rebuilding it.
    version: 2,
    stores: { searchIndex: 'key' },
  },
  {
    // v3: sync bookkeeping. The outbox names each record changed since it was last sent, written in
    // the same transaction as the change; syncState holds the device id, its clock and checkpoints.
    version: 3,
    stores: { outbox: 'docId', syncState: 'key' },
  },
];

export class SummitDatabase extends Dexie {
  highlights!: Table<HighlightRecord, string>;
  talkNotes!: Table<TalkNoteRecord, string>;
  readingState!: Table<ReadingStateRecord, string>;
  drafts!: Table<DraftRecord, string>;
  settings!: Table<SettingRecord, string>;
  searchIndex!: Table<StoredIndex, string>;
  outbox!: Table<OutboxEntry, string>;
  syncState!: Table<{ key: string; value: unknown }, string>;

  constructor(name: string = DATABASE_NAME) {
    // Strict durability: a write is on disk before its transaction reports success.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const schema of SCHEMA_VERSIONS) this.version(schema.version).stores(schema.stores);
  }
}

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

let database: SummitDatabase | null = null;

/** The reader's database. Only modules in storage/ call this; everything else uses a repository. */
export function db(): SummitDatabase {
  database ??= new SummitDatabase();
  return database;
}

/** Whether a Dexie change notification names a change to `table` of the reader's database. */
export function tableMutated(parts: ObservabilitySet, table: string): IntervalTree | undefined {
  return parts[`idb://${db().name}/${table}/`];
}

/** Points every repository at another database (a fresh one per test), and returns it. */
export function openDatabaseForTests(name: string): SummitDatabase {
  database = new SummitDatabase(name);
  return database;
}

// Test support for folders outside storage/: a fresh database, made the one every repository uses,
// seen through plain reads and writes of its tables. The Dexie object itself stays in storage/
// (testDatabase.ts), so no other folder's test comes to depend on it.

import type {
  DraftRecord,
  HighlightRecord,
  ReadingStateRecord,
  SettingRecord,
  TalkNoteRecord,
} from '../../../shared/annotations';
import { deleteTestDatabases, freshDatabase } from './testDatabase';

/** One table of a test database: put a record, read one by its key, read them all. */
export interface TestTable<Row> {
  put(row: Row): Promise<void>;
  get(key: string): Promise<Row | undefined>;
  toArray(): Promise<Row[]>;
}

export interface TestTables {
  highlights: TestTable<HighlightRecord>;
  talkNotes: TestTable<TalkNoteRecord>;
  readingState: TestTable<ReadingStateRecord>;
  drafts: TestTable<DraftRecord>;
  settings: TestTable<SettingRecord>;
}

export function freshTables(prefix?: string): TestTables {
  const database = freshDatabase(prefix);
  function table<Row>(source: {
    put(row: Row): Promise<unknown>;
    get(key: string): Promise<Row | undefined>;
    toArray(): Promise<Row[]>;
  }): TestTable<Row> {
    return {
      put: async (row) => void (await source.put(row)),
      get: (key) => source.get(key),
      toArray: () => source.toArray(),
    };
  }
  return {
    highlights: table<HighlightRecord>(database.highlights),
    talkNotes: table<TalkNoteRecord>(database.talkNotes),
    readingState: table<ReadingStateRecord>(database.readingState),
    drafts: table<DraftRecord>(database.drafts),
    settings: table<SettingRecord>(database.settings),
  };
}

export { deleteTestDatabases };

// Test support for folders outside storage/: a fresh database, made the one every repository uses,
// seen through plain reads and writes of its tables. The Dexie object itself stays in storage/
// (testDatabase.ts), so no other folder's test comes to depend on it.

import type { Table } from 'dexie';
import { db, type SummitDatabase } from './db';
import { deleteTestDatabases, freshDatabase } from './testDatabase';

// The outbox too: sync tests check what waits to be sent.
const READER_TABLES = ['highlights', 'talkNotes', 'readingState', 'drafts', 'settings', 'outbox'] as const;
type ReaderTable = (typeof READER_TABLES)[number];
type RowOf<Name extends ReaderTable> = SummitDatabase[Name] extends Table<infer Row, string> ? Row : never;

/** One table of a test database: put a record, read one by its key, read them all. */
export interface TestTable<Row> {
  put(row: Row): Promise<void>;
  get(key: string): Promise<Row | undefined>;
  toArray(): Promise<Row[]>;
}

export type TestTables = { [Name in ReaderTable]: TestTable<RowOf<Name>> };

export function freshTables(prefix?: string): TestTables {
  const database = freshDatabase(prefix);
  const tables = READER_TABLES.map((name) => {
    const source = database.table(name);
    const table: TestTable<unknown> = {
      put: async (row) => void (await source.put(row)),
      get: (key) => source.get(key),
      toArray: () => source.toArray(),
    };
    return [name, table];
  });
  return Object.fromEntries(tables) as TestTables;
}

export { deleteTestDatabases };

/** A stand-in for a browser that cannot open the database for a while, as after a crash. */
export interface FailingOpens {
  /** How many openings failed so far. */
  failed(): number;
  /** Lets every later opening through. */
  restore(): void;
}

/**
 * Closes the test database (as a new start finds it) and makes the next `count` openings fail the
 * way Chromium fails one it cannot open yet: an UnknownError on the open request, after `slowMs`
 * (a browser still recovering can take that long to refuse).
 */
export function failNextOpens(count: number, slowMs = 0): FailingOpens {
  db().close({ disableAutoOpen: false });
  const factory = indexedDB;
  const open = factory.open.bind(factory);
  let failed = 0;
  const failing = (...args: Parameters<IDBFactory['open']>): IDBOpenDBRequest => {
    if (failed >= count) return open(...args);
    failed++;
    const error = new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    const request = { error, result: undefined, onerror: null as ((event: object) => void) | null };
    setTimeout(
      () => request.onerror?.({ target: request, type: 'error', preventDefault() {}, stopPropagation() {} }),
      slowMs,
    );
    return request as unknown as IDBOpenDBRequest;
  };
  Object.defineProperty(factory, 'open', { value: failing, configurable: true, writable: true });
  return {
    failed: () => failed,
    restore: () => void Reflect.deleteProperty(factory, 'open'),
  };
}

// The shape of a write: which tables, which records, typed per table from the Dexie schema, so a
// record of the wrong kind or without its key does not compile.

import type { Table } from 'dexie';
import type { SummitDatabase } from './db';

export type TableName = 'highlights' | 'talkNotes' | 'readingState' | 'drafts' | 'settings' | 'searchIndex';

/** A table's record, as the database class declares it. */
export type RowOf<T extends TableName> = SummitDatabase[T] extends Table<infer Row, string> ? Row : never;

/** The fields of a table's record that hold a string: the candidates for its primary key. */
type StringField<T extends TableName> = {
  [K in keyof RowOf<T>]-?: RowOf<T>[K] extends string ? K : never;
}[keyof RowOf<T>] &
  string;

/** Each table's primary key, as SCHEMA_VERSIONS declares it (db.test.ts checks they agree). */
export const PRIMARY_KEYS: { readonly [T in TableName]: StringField<T> } = {
  highlights: 'id',
  talkNotes: 'talkId',
  readingState: 'talkId',
  drafts: 'key',
  settings: 'key',
  searchIndex: 'key',
};

/** One record written whole to its table. */
export type Put = { [T in TableName]: { table: T; record: RowOf<T> } }[TableName];

/** One record removed from its table, by key. */
export interface Delete {
  table: TableName;
  key: string;
}

export interface WriteBatch {
  /** "sync": the change came from another device, so it is not sent back out. */
  origin?: 'reader' | 'sync';
  /** Tables emptied first, before the puts and deletes. */
  clears?: TableName[];
  puts?: Put[];
  deletes?: Delete[];
}

/** A batch worked out inside the transaction, from what is stored at that moment. */
export interface PreparedBatch {
  tables: TableName[];
  prepare: () => Promise<WriteBatch>;
}

/** Puts for records of one table; the table decides the record type. */
export function putsOf<T extends TableName>(table: T, records: readonly RowOf<T>[]): Put[] {
  return records.map((record) => ({ table, record }) as unknown as Put);
}

/** The key of a record about to be written. */
export function keyOf(put: Put): string {
  return String((put.record as unknown as Record<string, unknown>)[PRIMARY_KEYS[put.table]]);
}

export function tablesOfBatch(batch: WriteBatch): TableName[] {
  return [
    ...new Set([
      ...(batch.clears ?? []),
      ...(batch.puts ?? []).map((put) => put.table),
      ...(batch.deletes ?? []).map((del) => del.table),
    ]),
  ];
}

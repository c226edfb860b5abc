// Test support: a fresh, uniquely named database per test, made the one every repository uses, and
// deleted afterwards.

import Dexie from 'dexie';
import { openDatabaseForTests, type SummitDatabase } from './db';
import { resetLiveAnnotationsForTests } from './liveAnnotations';

export type TestDatabase = SummitDatabase;

const opened: SummitDatabase[] = [];
let counter = 0;

export function freshDatabase(prefix = 'summit-reader-test'): SummitDatabase {
  resetLiveAnnotationsForTests();
  const database = openDatabaseForTests(`${prefix}-${Date.now()}-${counter++}`);
  opened.push(database);
  return database;
}

/** Deletes every test database and forgets the shared copy of annotations read from them. */
export async function deleteTestDatabases(): Promise<void> {
  resetLiveAnnotationsForTests();
  for (const database of opened.splice(0)) {
    database.close();
    await Dexie.delete(database.name);
  }
}

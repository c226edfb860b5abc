// Notices when a newer version of the app upgrades the database from another window, so this
// window can ask the reader to restart instead of failing on every write.

import { db } from './db';

/** Runs `listener` when a newer version of the app upgrades the database from another window. */
export function onNewerSchema(listener: () => void): () => void {
  const onVersionChange = (event: IDBVersionChangeEvent): void => {
    // Dexie multiplies schema versions by ten in IndexedDB.
    if ((event.newVersion ?? 0) > db().verno * 10) listener();
  };
  db().on('versionchange', onVersionChange);
  return () => db().on('versionchange').unsubscribe(onVersionChange);
}

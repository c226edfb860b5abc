// The replicas sync runs between: the page's own PouchDB, and the sync server as PouchDB sees it
// through `fetchThroughMain` (an address that is never contacted, whose requests main makes).

import PouchDB from 'pouchdb-browser';
import { fetchThroughMain, REMOTE_BASE } from './syncFetch';

export function remoteReplica(): unknown {
  return new PouchDB(REMOTE_BASE, { fetch: fetchThroughMain, skip_setup: true });
}

export function localReplica(): unknown {
  return new PouchDB('summit-reader-sync');
}

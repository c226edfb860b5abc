// Types for what Vite lets the renderer import, such as stylesheets.
/// <reference types="vite/client" />

/** The MiniSearch version the app was built with; a stored index from another version is rebuilt. */
declare const __MINISEARCH_VERSION__: string;

/** PouchDB for the browser ships no types; the sync bridge states the part it uses (SyncReplica). */
declare module 'pouchdb-browser' {
  const PouchDB: new (name: string, options?: object) => unknown;
  export default PouchDB;
}

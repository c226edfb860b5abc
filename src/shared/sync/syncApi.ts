// What the page and main say to each other about sync: the account (never its password, once
// given) and replication requests, which main makes on the page's behalf.

export interface SyncAccount {
  serverUrl: string;
  database: string;
  username: string;
}

export const SYNC_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'] as const;

export interface SyncRequest {
  method: (typeof SYNC_METHODS)[number];
  /** Relative to the database, with its query: `_changes?since=0`, `_bulk_docs`, a document id. */
  path: string;
  body: string | null;
  contentType: string | null;
}

export interface SyncResponse {
  status: number;
  contentType: string | null;
  body: string;
}

/** Replication answers are a page of changes or documents; anything larger is refused. */
export const MAX_SYNC_BODY_BYTES = 64 * 1024 * 1024;

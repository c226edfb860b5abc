// What the page and main say to each other about sync: the account (never its password), and the
// few replication operations main makes on the page's behalf. Each operation's arguments are
// checked here, by shape and size, before main builds the one request it stands for; there is no
// way to name a path, a method or a server.

import { z } from 'zod';

export interface SyncAccount {
  serverUrl: string;
  database: string;
  username: string;
}

/** What the reader sees about the account: never the password, and whether it is a server admin. */
export interface SyncAccountView extends SyncAccount {
  /** The account administers the whole server; a member account of one database is safer. */
  serverAdmin: boolean;
}

/** The account as main tells the page of it, checked by the preload like every event. */
export const syncAccountView = z.strictObject({
  serverUrl: z.string().max(2048),
  database: z.string().max(238),
  username: z.string().max(200),
  serverAdmin: z.boolean(),
});

/** What the sign-in window submits: typed there, sent to main only. */
export const signInDetails = z.strictObject({
  serverUrl: z.string().min(1).max(2048),
  database: z.string().min(1).max(238),
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
});

export type SignInDetails = z.infer<typeof signInDetails>;

/** Replication answers and requests are a page of changes or documents; anything larger is refused. */
export const MAX_SYNC_BODY_BYTES = 16 * 1024 * 1024;
/** The most documents, changes or revisions in one operation (PouchDB asks for 100 at a time). */
export const MAX_SYNC_BATCH = 1000;
/** The kinds of document the app writes: `<kind>:<id>`. Nothing else is read or written. */
export const SYNC_KINDS = ['highlight', 'talkNote', 'readingState'] as const;

const SYNC_DOCUMENT_ID = new RegExp(`^(${SYNC_KINDS.join('|')}):[^\\s/\\\\\\u0000-\\u001f]{1,250}$`);

export function isSyncDocumentId(id: string): boolean {
  return SYNC_DOCUMENT_ID.test(id);
}

const documentId = z.string().max(300).regex(SYNC_DOCUMENT_ID, 'must be a highlight, note or reading place');
const revision = z
  .string()
  .max(80)
  .regex(/^\d{1,10}-[0-9a-f]{1,64}$/, 'must be a revision');
/** A replication checkpoint's id, as PouchDB makes it: `_local/` and a base64-like hash. */
const checkpointId = z
  .string()
  .max(220)
  .regex(/^_local\/[A-Za-z0-9._=+-]{1,200}$/, 'must be a replication checkpoint');
/** A sequence: a number (PouchDB servers) or CouchDB's opaque string. */
const sequence = z.union([
  z.number().int().min(0),
  z
    .string()
    .max(4096)
    .regex(/^[\w-]+$/, 'must be a sequence'),
]);

/** The UTF-8 length of a text, counted without an encoder (this layer has neither DOM nor Node). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function withinBytes(max: number): (value: unknown) => boolean {
  return (value) => utf8Length(JSON.stringify(value)) <= max;
}

/** The underscore fields replication itself writes; any other (`_attachments`, …) is refused. */
const DOCUMENT_META = new Set(['_id', '_rev', '_revisions', '_deleted']);

const replicatedDocument = z
  .looseObject({
    _id: documentId,
    _rev: revision,
    _revisions: z.strictObject({
      start: z.number().int().min(1),
      ids: z
        .array(
          z
            .string()
            .max(64)
            .regex(/^[0-9a-f]+$/),
        )
        .min(1)
        .max(MAX_SYNC_BATCH),
    }),
    _deleted: z.boolean().optional(),
  })
  .refine((document) => Object.keys(document).every((key) => !key.startsWith('_') || DOCUMENT_META.has(key)), {
    message: 'may carry only _id, _rev, _revisions and _deleted',
  });

export const syncOperationArgs = {
  readCheckpoint: z.tuple([checkpointId]),
  writeCheckpoint: z.tuple([
    z
      .looseObject({
        _id: checkpointId,
        _rev: z
          .string()
          .max(40)
          .regex(/^0-\d+$/)
          .optional(),
      })
      .refine(withinBytes(64 * 1024), { message: 'must be at most 64 KB' }),
  ]),
  changes: z.tuple([z.strictObject({ since: sequence, limit: z.number().int().min(1).max(MAX_SYNC_BATCH) })]),
  revsDiff: z.tuple([
    z
      .record(documentId, z.array(revision).min(1).max(MAX_SYNC_BATCH))
      .refine((map) => Object.keys(map).length <= MAX_SYNC_BATCH, { message: 'names too many documents' }),
  ]),
  bulkGet: z.tuple([
    z.strictObject({
      docs: z
        .array(z.strictObject({ id: documentId, rev: revision }))
        .min(1)
        .max(MAX_SYNC_BATCH),
    }),
  ]),
  bulkDocs: z.tuple([
    z
      .strictObject({ docs: z.array(replicatedDocument).min(1).max(MAX_SYNC_BATCH), new_edits: z.literal(false) })
      .refine(withinBytes(MAX_SYNC_BODY_BYTES), { message: 'is larger than a sync request can carry' }),
  ]),
};

export type SyncOperation = keyof typeof syncOperationArgs;
export type SyncOperationArgs<O extends SyncOperation> = z.infer<(typeof syncOperationArgs)[O]>;

/** The server's and the database's identity, as replication needs them. */
export interface SyncInfo {
  /** The server's uuid, so checkpoints are tied to it; null when it sends none. */
  uuid: string | null;
  database: { db_name: string; update_seq: string | number; doc_count: number | null };
}

export interface SyncChange {
  id: string;
  seq: string | number;
  changes: { rev: string }[];
  deleted?: true;
}

export interface SyncChanges {
  results: SyncChange[];
  last_seq: string | number;
  pending?: number;
}

export type SyncRevsDiff = Record<string, { missing: string[]; possible_ancestors?: string[] }>;

export interface SyncBulkGet {
  results: { id: string; docs: ({ ok: Record<string, unknown> } | { error: Record<string, unknown> })[] }[];
}

export type SyncBulkDocsResult = { id: string; ok?: true; rev?: string; error?: string; reason?: string }[];

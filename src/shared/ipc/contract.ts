// The one contract between main and renderer: each method's argument schema and result type.
//
// Main implements every method (see src/main/ipc/handlers.ts); the preload exposes each by name;
// the renderer calls them through one generic client. Adding a call means adding it here and
// giving it a handler.

import { z } from 'zod';
import type { LibraryIndex, SourceDetail, TalkDetail } from '../model';
import { MAX_SEARCH_CORPUS_PARTS, type SearchCorpusPart } from '../search/searchCorpus';
import { MAX_BACKUP_BYTES, type BackupDocument } from '../backup/backupFormat';
import type { Topic } from '../topics';
import type { PepCards, PepIndex } from '../peps/pepFacts';
import type { TalkCitations } from '../citations/talkCitation';
import { MAX_DOCUMENT_BASE64_CHARS, MAX_DOCUMENT_BYTES } from '../limits';
import { MAX_KEPT_CHANGES_BYTES } from '../keptChanges';
import {
  syncAccountView,
  syncOperationArgs,
  type SyncAccountView,
  type SyncBulkDocsResult,
  type SyncBulkGet,
  type SyncChanges,
  type SyncInfo,
  type SyncRevsDiff,
} from '../sync/syncApi';

/** What an automatic backup did: written, or skipped because nothing changed or the data is empty. */
export type AutoBackupWrite =
  | { written: true; name: string; savedAt: string }
  | { written: false; reason: 'unchanged' | 'empty' | 'invalid' | 'too-large'; message: string };

/** What happened to one imported file. */
export interface ImportOutcome {
  fileName: string;
  ok: boolean;
  message: string;
  warnings: string[];
  sourceId?: string;
}

// One limit for every backup: what the app saves, it can restore (bytes are checked again in main).
const fileToSave = z.strictObject({ name: z.string().min(1).max(255), content: z.string().max(MAX_BACKUP_BYTES) });

/** Ids are short slugs; anything else is refused before a handler sees it. */
const entityId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase slug');

/** A PEP number: PEPs are numbered from 0 to four digits. */
const pepNumber = z.number().int().min(0).max(9999);

interface MethodSpec<Args extends z.ZodTuple, Result> {
  args: Args;
  /** Never set: carries the result type for the client and the handlers. */
  result?: Result;
}

function method<Result>(): <Args extends z.ZodTuple>(args: Args) => MethodSpec<Args, Result> {
  return (args) => ({ args });
}

export const ipcContract = {
  /** Summits, sources and talks, without their text. */
  getLibrary: method<LibraryIndex>()(z.tuple([])),
  /** One talk with all its blocks. */
  getTalk: method<TalkDetail>()(z.tuple([entityId])),
  /** One source document's introduction and links. */
  getSource: method<SourceDetail>()(z.tuple([entityId])),
  /**
   * Every talk's text with what search filters on, to build the search index from: one part of its
   * JSON bytes, with how many parts there are and the corpus version they belong to.
   */
  getSearchCorpusPart: method<SearchCorpusPart>()(
    z.tuple([
      z
        .number()
        .int()
        .min(0)
        .max(MAX_SEARCH_CORPUS_PARTS - 1),
    ]),
  ),
  /** The topic threads through the summits, with their talks by year. */
  getTopics: method<Topic[]>()(z.tuple([])),
  /** The snapshot's facts about these PEPs, with the snapshot's date; unknown numbers say so. */
  getPeps: method<PepCards>()(z.tuple([z.array(pepNumber).min(1).max(500)])),
  /** Every PEP the library mentions or discussed before it had a number, with each passage and what became of it. */
  getPepIndex: method<PepIndex>()(z.tuple([])),
  /** One talk as a citation: BibTeX, CSL-JSON and a formatted reference, made by citation-js in main. */
  citeTalk: method<TalkCitations>()(z.tuple([entityId])),
  /** Asks where to save, then writes the files atomically: one file, or a folder of several. */
  saveFiles: method<{ saved: boolean; location: string | null }>()(
    z.tuple([z.enum(['markdown', 'backup']), z.array(fileToSave).min(1).max(5000)]),
  ),
  /** Asks for a backup file and returns its text; files over the size limit are refused unread. */
  openBackupFile: method<{ cancelled: true } | { cancelled: false; name: string; content: string }>()(z.tuple([])),
  /** Asks for documents to add to the library and imports them; each gets a message. */
  importDocuments: method<ImportOutcome[]>()(z.tuple([])),
  /** Imports files the reader dropped on the window: their bytes, never a path. */
  importDroppedFiles: method<ImportOutcome[]>()(
    z.tuple([
      z
        .array(
          z.strictObject({
            name: z.string().min(1).max(255),
            bytes: z.custom<Uint8Array>(
              (value) => value instanceof Uint8Array && value.byteLength <= MAX_DOCUMENT_BYTES,
              {
                message: 'must be the bytes of a file of at most 20 MB',
              },
            ),
          }),
        )
        .min(1)
        .max(50),
    ]),
  ),
  /** Files an imported document under another summit year, or under Other (null). */
  setDocumentYear: method<boolean>()(z.tuple([entityId, z.number().int().min(1990).max(2999).nullable()])),
  /** Removes an imported document; notes on it are kept as orphans. */
  removeDocument: method<boolean>()(z.tuple([entityId])),
  /** Saves an automatic backup in the app's data folder; the newest few are kept. */
  writeAutoBackup: method<AutoBackupWrite>()(z.tuple([z.string().min(2).max(MAX_BACKUP_BYTES)])),
  /** The page's answer to "quitting": its last backup is written, or there was nothing new. */
  quitBackupDone: method<true>()(z.tuple([])),
  /** Holds the changes the page could not save yet in a file, until the next start; [] clears it. */
  holdKeptChanges: method<true>()(z.tuple([z.string().min(2).max(MAX_KEPT_CHANGES_BYTES)])),
  /** The changes held from the last session (JSON), or null when none. */
  keptChangesFromLastSession: method<{ held: string | null }>()(z.tuple([])),
  /** The automatic backups, newest first. */
  listAutoBackups: method<{ name: string; savedAt: string; bytes: number }[]>()(z.tuple([])),
  /**
   * The automatic backup kept only because it holds the most live highlights and notes (the
   * rotation would have let it go), or null.
   */
  keptBestAutoBackup: method<{ backup: { name: string; savedAt: string; live: number } | null }>()(z.tuple([])),
  /** The reader agrees to let the kept best backup go; the next rotation may remove it. */
  releaseAutoBackup: method<true>()(z.tuple([z.string().regex(/^auto-backup-[\w-]+\.json$/)])),
  /** The text of one automatic backup. */
  readAutoBackup: method<string>()(z.tuple([z.string().regex(/^auto-backup-[\w-]+\.json$/)])),
  /** The imported documents' original files, for a backup. */
  exportImportedDocuments: method<BackupDocument[]>()(z.tuple([])),
  /** Checks a backup's imported documents and holds those the library lacks, without adding them yet. */
  stageImportedDocuments: method<{ token: string; toAdd: number; alreadyThere: number; refused: string[] }>()(
    z.tuple([
      z
        .array(
          z.strictObject({
            fileName: z.string().min(1).max(255),
            base64: z.string().max(MAX_DOCUMENT_BASE64_CHARS),
            yearOverride: z.union([z.number().int().min(1990).max(2999), z.literal('other')]).nullable(),
          }),
        )
        .max(1000),
    ]),
  ),
  /** Adds the staged documents (all, or none if one fails); called after the database part is restored. */
  commitStagedDocuments: method<{ added: number }>()(z.tuple([z.uuid()])),
  /** Drops staged documents when the restore did not go ahead. */
  discardStagedDocuments: method<true>()(z.tuple([z.uuid()])),
  /** Puts text on the system clipboard. */
  writeClipboard: method<true>()(z.tuple([z.string().max(1_000_000)])),
  /** Asks the user, then opens an https link in the system browser; false when declined or refused. */
  openExternal: method<boolean>()(z.tuple([z.string().max(4096)])),
  /** The page is listening for events: main delivers the links it had to hold back until now. */
  rendererReady: method<true>()(z.tuple([])),
  /** The sync account the reader signed in with, without its password; null when none. */
  getSyncAccount: method<{ account: SyncAccountView | null }>()(z.tuple([])),
  /**
   * Opens the sign-in window main owns (or brings it forward), where the reader types the server,
   * database, user name and password. Returns at once; `syncSignInClosed` says how it ended.
   */
  openSyncSignIn: method<true>()(z.tuple([])),
  /** Forgets the sync account and its password; the reader's data stays on this computer. */
  signOutOfSync: method<true>()(z.tuple([])),
  // Replication, one operation per call: main builds each request inside the signed-in database.
  /** The server's uuid and the database's sequence (a lost database is made again). */
  syncInfo: method<SyncInfo>()(z.tuple([])),
  /** A replication checkpoint (`_local/…`), or null when there is none. */
  syncReadCheckpoint: method<{ doc: Record<string, unknown> | null }>()(syncOperationArgs.readCheckpoint),
  syncWriteCheckpoint: method<{ id: string; rev: string }>()(syncOperationArgs.writeCheckpoint),
  /** The database's changes after a sequence, at most `limit`, of the app's own documents. */
  syncChanges: method<SyncChanges>()(syncOperationArgs.changes),
  /** Which of these revisions the server lacks. */
  syncRevsDiff: method<SyncRevsDiff>()(syncOperationArgs.revsDiff),
  /** These revisions of the app's documents, with their histories. */
  syncBulkGet: method<SyncBulkGet>()(syncOperationArgs.bulkGet),
  /** Stores replicated revisions of the app's documents (never design or other underscore documents). */
  syncBulkDocs: method<SyncBulkDocsResult>()(syncOperationArgs.bulkDocs),
};

/**
 * The messages main sends unasked, with the payload each carries. The preload subscribes to each
 * by name and checks the payload against the schema, so nothing else reaches the page.
 */
export const ipcEvents = {
  /** An application-menu item was chosen: run this catalogue action. */
  menuAction: z.tuple([z.string().min(1).max(100)]),
  /** The system asked the app to open a summit-reader:// link. */
  openLink: z.tuple([z.string().min(1).max(4096)]),
  /** The window is closing or the app quitting: write a last backup, then call `quitBackupDone`. */
  quitting: z.tuple([]),
  /** The sync sign-in window closed: with the account signed in to (never its password), or null. */
  syncSignInClosed: z.tuple([z.strictObject({ account: syncAccountView.nullable() })]),
};

export type IpcEvents = typeof ipcEvents;
export type IpcEvent = keyof IpcEvents;
export type IpcEventArgs<E extends IpcEvent> = z.infer<IpcEvents[E]>;

export const ipcEventNames = Object.keys(ipcEvents) as IpcEvent[];

export { ipcEventChannel, ipcEventSubscriber, type IpcEventSubscriber } from './eventNames';

export type IpcContract = typeof ipcContract;
export type IpcMethod = keyof IpcContract;
export type IpcArgs<M extends IpcMethod> = z.infer<IpcContract[M]['args']>;
export type IpcReturn<M extends IpcMethod> = NonNullable<IpcContract[M]['result']>;

export const ipcMethods = Object.keys(ipcContract) as IpcMethod[];

/** The IPC channel of a method; one channel per method keeps main's sender checks simple. */
export function ipcChannel(name: IpcMethod): string {
  return `summit:${name}`;
}

export function isIpcMethod(name: unknown): name is IpcMethod {
  return typeof name === 'string' && Object.hasOwn(ipcContract, name);
}

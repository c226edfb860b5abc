// Main's implementation of the IPC contract. Pure: no Electron, so tests and the browser harness
// run the very same code.

import type { IpcArgs, IpcMethod, IpcReturn } from '../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../shared/ipc/result';
import type { AutoBackups } from '../backups/autoBackups';
import type { KeptChangesFile } from '../backups/keptChangesFile';
import { DocumentStaging } from '../backups/stagedDocuments';
import { searchCorpusPart } from '../library/encodedSearchCorpus';
import type { LibraryService } from '../library/libraryService';
import { citeTalk } from '../citations/citeTalk';
import type { PepService } from '../peps/pepService';
import { isOpenableExternalUrl } from '../security/externalLinks';
import { describeSyncError } from '../../shared/sync/syncErrorWords';
import type { SyncConnection } from '../sync/syncConnection';
import { SyncFailure } from '../sync/syncHttp';
import { openBackupFile, readImportFile, saveFiles, type FileDialogs } from './fileHandlers';

export type IpcHandlers = {
  [M in IpcMethod]: (...args: IpcArgs<M>) => IpcResult<IpcReturn<M>> | Promise<IpcResult<IpcReturn<M>>>;
};

/** What the handlers need from the desktop; Electron provides it in the app, tests provide fakes. */
export interface PlatformServices extends FileDialogs {
  /** Called when the page has written its last backup before quitting. */
  quitBackupDone?(): void;
  /** Called when the page listens for events, so main can deliver what it held back. */
  rendererReady?(): void;
  writeClipboard(text: string): void;
  /** Opens the sync sign-in window (main tells the page how it ended with `syncSignInClosed`). */
  openSyncSignIn?(): void;
  /** Asks the user first; resolves to whether the link was opened. */
  confirmAndOpenExternal(url: string): Promise<boolean>;
}

export function createHandlers(
  service: LibraryService,
  platform: PlatformServices,
  backups: AutoBackups | null = null,
  sync: SyncConnection | null = null,
  peps: PepService | null = null,
  kept: KeptChangesFile | null = null,
): IpcHandlers {
  const withSync = async <T>(run: (connection: SyncConnection) => Promise<T>): Promise<IpcResult<T>> => {
    if (!sync) return fail('unavailable', 'Sync is not available in this build.');
    try {
      return ok(await run(sync));
    } catch (error) {
      // Failures of the connection are already words; anything else is logged and put in words
      // that say what to do, never shown raw.
      if (error instanceof SyncFailure) return fail(error.offline ? 'sync-offline' : 'sync-failed', error.message);
      console.error('Sync failed inside the app:', error);
      const problem = describeSyncError(error);
      return fail(problem.kind === 'offline' ? 'sync-offline' : 'sync-failed', problem.message);
    }
  };
  const library = { current: () => service.current() };
  const staging = new DocumentStaging(service);
  return {
    importDocuments: async () => {
      const outcomes = [];
      for (const path of await platform.chooseImportFiles()) {
        const read = await readImportFile(path);
        outcomes.push(
          'error' in read
            ? { fileName: read.fileName, ok: false, message: read.error, warnings: [] }
            : await service.importFile(read.fileName, read.bytes),
        );
      }
      return ok(outcomes);
    },
    importDroppedFiles: async (files) => {
      const outcomes = [];
      for (const file of files) outcomes.push(await service.importFile(file.name, file.bytes));
      return ok(outcomes);
    },
    exportImportedDocuments: () =>
      ok(
        service.importedFiles().map((file) => ({
          fileName: file.fileName,
          base64: Buffer.from(file.bytes).toString('base64'),
          yearOverride: file.yearOverride,
        })),
      ),
    stageImportedDocuments: async (documents) => ok(await staging.stage(documents)),
    commitStagedDocuments: async (token) => {
      const result = await staging.commit(token);
      return result.ok ? ok({ added: result.added }) : fail('internal', result.error);
    },
    discardStagedDocuments: (token) => {
      staging.discard(token);
      return ok(true);
    },
    setDocumentYear: async (id, year) =>
      (await service.setYear(id, year)) ? ok(true) : fail('not-found', `No imported document has the id "${id}".`),
    removeDocument: async (id) =>
      (await service.remove(id)) ? ok(true) : fail('not-found', `No imported document has the id "${id}".`),
    writeClipboard: (text) => {
      platform.writeClipboard(text);
      return ok(true);
    },
    saveFiles: (kind, files) => saveFiles(platform, kind, files),
    writeAutoBackup: async (content) => {
      if (!backups) return fail('internal', 'Automatic backups are not available here.');
      const result = await backups.write(content);
      if (!result.written && (result.reason === 'invalid' || result.reason === 'too-large'))
        return fail('invalid-arguments', result.message);
      return ok(result);
    },
    rendererReady: () => {
      platform.rendererReady?.();
      return ok(true);
    },
    getSyncAccount: () => withSync(async (connection) => ({ account: await connection.account() })),
    openSyncSignIn: () => {
      if (!sync || !platform.openSyncSignIn) return fail('unavailable', 'Sync is not available in this build.');
      platform.openSyncSignIn();
      return ok(true);
    },
    signOutOfSync: () => withSync(async (connection) => (await connection.signOut(), true as const)),
    syncInfo: () => withSync((connection) => connection.info()),
    syncReadCheckpoint: (id) => withSync((connection) => connection.readCheckpoint(id)),
    syncWriteCheckpoint: (doc) => withSync((connection) => connection.writeCheckpoint(doc)),
    syncChanges: (request) => withSync((connection) => connection.changes(request)),
    syncRevsDiff: (request) => withSync((connection) => connection.revsDiff(request)),
    syncBulkGet: (request) => withSync((connection) => connection.bulkGet(request)),
    syncBulkDocs: (request) => withSync((connection) => connection.bulkDocs(request)),
    quitBackupDone: () => {
      platform.quitBackupDone?.();
      return ok(true);
    },
    holdKeptChanges: async (text) => {
      if (!kept) return fail('internal', 'Changes cannot be held here.');
      try {
        await kept.hold(text);
        return ok(true);
      } catch (error) {
        return fail('invalid-arguments', error instanceof Error ? error.message : String(error));
      }
    },
    keptChangesFromLastSession: async () => ok({ held: kept ? await kept.read() : null }),
    keptBestAutoBackup: async () => ok({ backup: backups ? await backups.keptBest() : null }),
    releaseAutoBackup: async (name) =>
      backups && (await backups.release(name))
        ? ok(true)
        : fail('not-found', `There is no automatic backup named ${name}.`),
    listAutoBackups: async () => ok(backups ? await backups.list() : []),
    readAutoBackup: async (name) => {
      const content = backups ? await backups.read(name) : null;
      return content === null ? fail('not-found', `There is no automatic backup named ${name}.`) : ok(content);
    },
    openBackupFile: () => openBackupFile(platform),
    openExternal: async (url) => {
      if (!isOpenableExternalUrl(url)) return fail('invalid-arguments', 'Only https links can be opened.');
      return ok(await platform.confirmAndOpenExternal(url));
    },
    getLibrary: () => ok(library.current().index),
    getSearchCorpusPart: (part) => {
      const found = searchCorpusPart(library.current().searchCorpus, part);
      return found ? ok(found) : fail('not-found', `The search corpus has no part ${part}.`);
    },
    getTopics: () => ok(library.current().topics),
    getPeps: (numbers) =>
      peps ? ok(peps.cards(numbers)) : fail('unavailable', 'The PEP snapshot is not available in this build.'),
    getPepIndex: () => {
      if (!peps) return fail('unavailable', 'The PEP snapshot is not available in this build.');
      const current = library.current();
      return ok(peps.index(current.index.corpusVersion, current.documents));
    },
    citeTalk: (id) => {
      const talk = library.current().talk(id);
      const document = talk && library.current().documents.find((candidate) => candidate.id === talk.source.id);
      if (!talk || !document) return fail('not-found', `No talk has the id "${id}".`);
      try {
        return ok(citeTalk(talk, document));
      } catch (error) {
        return fail(
          'internal',
          `The citation could not be made: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
    getTalk: (id) => {
      const talk = library.current().talk(id);
      return talk ? ok(talk) : fail('not-found', `No talk has the id "${id}".`);
    },
    getSource: (id) => {
      const source = library.current().source(id);
      return source ? ok(source) : fail('not-found', `No source has the id "${id}".`);
    },
  };
}

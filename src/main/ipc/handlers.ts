// Main's implementation of the IPC contract. Pure: no Electron, so tests and the browser harness
// run the very same code.

import type { IpcArgs, IpcMethod, IpcReturn } from '../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../shared/ipc/result';
import type { Library } from '../library/library';
import { isOpenableExternalUrl } from '../security/externalLinks';
import { openBackupFile, saveFiles, type FileDialogs } from './fileHandlers';

export type IpcHandlers = {
  [M in IpcMethod]: (...args: IpcArgs<M>) => IpcResult<IpcReturn<M>> | Promise<IpcResult<IpcReturn<M>>>;
};

/** What the handlers need from the desktop; Electron provides it in the app, tests provide fakes. */
export interface PlatformServices extends FileDialogs {
  writeClipboard(text: string): void;
  /** Asks the user first; resolves to whether the link was opened. */
  confirmAndOpenExternal(url: string): Promise<boolean>;
}

export function createHandlers(library: Library, platform: PlatformServices): IpcHandlers {
  return {
    writeClipboard: (text) => {
      platform.writeClipboard(text);
      return ok(true);
    },
    saveFiles: (kind, files) => saveFiles(platform, kind, files),
    openBackupFile: () => openBackupFile(platform),
    openExternal: async (url) => {
      if (!isOpenableExternalUrl(url)) return fail('invalid-arguments', 'Only https links can be opened.');
      return ok(await platform.confirmAndOpenExternal(url));
    },
    getLibrary: () => ok(library.index),
    getSearchCorpus: () => ok(library.searchCorpus),
    getTopics: () => ok(library.topics),
    getTalk: (id) => {
      const talk = library.talk(id);
      return talk ? ok(talk) : fail('not-found', `No talk has the id "${id}".`);
    },
    getSource: (id) => {
      const source = library.source(id);
      return source ? ok(source) : fail('not-found', `No source has the id "${id}".`);
    },
  };
}

// Main's implementation of the IPC contract. Pure: no Electron, so tests and the browser harness
// run the very same code.

import type { IpcArgs, IpcMethod, IpcReturn } from '../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../shared/ipc/result';
import type { Library } from '../library/library';

export type IpcHandlers = {
  [M in IpcMethod]: (...args: IpcArgs<M>) => IpcResult<IpcReturn<M>> | Promise<IpcResult<IpcReturn<M>>>;
};

export function createHandlers(library: Library): IpcHandlers {
  return {
    getLibrary: () => ok(library.index),
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

// Wires the contract's handlers to Electron's IPC, accepting calls only from the app's own pages.

import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcChannel, ipcMethods } from '../../shared/ipc/contract';
import { fail } from '../../shared/ipc/result';
import { isAppUrl } from '../security/hardenSession';
import { dispatchIpc } from './dispatch';
import type { IpcHandlers } from './handlers';

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  // Only the top frame of an app page may call in; subframes and foreign pages never can.
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpc(handlers: IpcHandlers): void {
  for (const method of ipcMethods) {
    ipcMain.handle(ipcChannel(method), (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) return fail('forbidden-sender', 'This page may not call the app.');
      return dispatchIpc(handlers, method, args);
    });
  }
}

// Wires the contract's handlers to Electron's IPC, accepting calls only from the app's own pages.

import { ipcMain } from 'electron';
import { ipcChannel, ipcMethods } from '../../shared/ipc/contract';
import { fail } from '../../shared/ipc/result';
import { isSignInPageUrl, isTrustedSenderFrame } from '../security/appUrl';
import { dispatchIpc } from './dispatch';
import type { IpcHandlers } from './handlers';

export function registerIpc(handlers: IpcHandlers): void {
  for (const method of ipcMethods) {
    ipcMain.handle(ipcChannel(method), (event, ...args: unknown[]) => {
      // The sign-in window's page is the app's too, but it may only submit or cancel (signInWindow.ts).
      if (!isTrustedSenderFrame(event.senderFrame) || isSignInPageUrl(event.senderFrame?.url ?? ''))
        return fail('forbidden-sender', 'This page may not call the app.');
      return dispatchIpc(handlers, method, args);
    });
  }
}

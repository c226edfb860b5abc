// Main's one way to send a contract event to a page, typed by the contract's events map.

import type { WebContents } from 'electron';
import { ipcEventChannel, type IpcEvent, type IpcEventArgs } from '../../shared/ipc/contract';

export function sendEvent<E extends IpcEvent>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  name: E,
  ...args: IpcEventArgs<E>
): void {
  if (!contents.isDestroyed()) contents.send(ipcEventChannel(name), ...args);
}

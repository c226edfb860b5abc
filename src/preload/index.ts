// The preload exposes the contract's methods and event subscriptions by name, and nothing else, to
// the sandboxed page. Both lists come from the contract, so a new call needs no change here.

import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL } from '../shared/ipc/api';
import {
  ipcChannel,
  ipcEventChannel,
  ipcEventNames,
  ipcEvents,
  ipcEventSubscriber,
  ipcMethods,
} from '../shared/ipc/contract';

const methods = ipcMethods.map((method) => [
  method,
  (...args: unknown[]) => ipcRenderer.invoke(ipcChannel(method), ...args),
]);

const subscriptions = ipcEventNames.map((name) => [
  ipcEventSubscriber(name),
  (listener: (...args: unknown[]) => void) => {
    // Only a payload that matches the contract crosses over; the IPC event object never does.
    const handler = (_event: unknown, ...payload: unknown[]): void => {
      const parsed = ipcEvents[name].safeParse(payload);
      if (parsed.success) listener(...parsed.data);
    };
    ipcRenderer.on(ipcEventChannel(name), handler);
    return (): void => {
      ipcRenderer.removeListener(ipcEventChannel(name), handler);
    };
  },
]);

contextBridge.exposeInMainWorld(API_GLOBAL, Object.freeze(Object.fromEntries([...methods, ...subscriptions])));

// The preload exposes the contract's methods by name, and nothing else, to the sandboxed page.

import { contextBridge, ipcRenderer } from 'electron';
import {
  API_GLOBAL,
  MENU_ACTION_CHANNEL,
  OPEN_LINK_CHANNEL,
  QUITTING_CHANNEL,
  type SummitApi,
} from '../shared/ipc/api';
import { ipcChannel, ipcMethods } from '../shared/ipc/contract';

const methods = Object.fromEntries(
  ipcMethods.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(ipcChannel(method), ...args)]),
);

const api = {
  ...methods,
  onMenuAction: (listener: (actionId: string) => void) => {
    // Only the action id crosses over; the IPC event object never reaches the page.
    const handler = (_event: unknown, actionId: unknown): void => {
      if (typeof actionId === 'string') listener(actionId);
    };
    ipcRenderer.on(MENU_ACTION_CHANNEL, handler);
    return (): void => {
      ipcRenderer.removeListener(MENU_ACTION_CHANNEL, handler);
    };
  },
  onOpenLink: (listener: (link: string) => void) => {
    const handler = (_event: unknown, link: unknown): void => {
      if (typeof link === 'string') listener(link);
    };
    ipcRenderer.on(OPEN_LINK_CHANNEL, handler);
    return (): void => {
      ipcRenderer.removeListener(OPEN_LINK_CHANNEL, handler);
    };
  },
  onQuitting: (listener: () => void) => {
    const handler = (): void => listener();
    ipcRenderer.on(QUITTING_CHANNEL, handler);
    return (): void => {
      ipcRenderer.removeListener(QUITTING_CHANNEL, handler);
    };
  },
} as unknown as SummitApi;

contextBridge.exposeInMainWorld(API_GLOBAL, Object.freeze(api));

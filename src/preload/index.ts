// The preload exposes the contract's methods by name, and nothing else, to the sandboxed page.

import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, type SummitApi } from '../shared/ipc/api';
import { ipcChannel, ipcMethods } from '../shared/ipc/contract';

const api = Object.fromEntries(
  ipcMethods.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(ipcChannel(method), ...args)]),
) as SummitApi;

contextBridge.exposeInMainWorld(API_GLOBAL, Object.freeze(api));

// The sign-in window's preload: submit and cancel, and nothing else. The password typed there goes
// from this page to main only; the reader's page never sees it.

import { contextBridge, ipcRenderer } from 'electron';
import { SIGN_IN_CHANNELS, SIGN_IN_GLOBAL, type SignInApi } from '../shared/ipc/signIn';

const api: SignInApi = {
  submit: (details) => ipcRenderer.invoke(SIGN_IN_CHANNELS.submit, details),
  cancel: () => ipcRenderer.invoke(SIGN_IN_CHANNELS.cancel),
};

contextBridge.exposeInMainWorld(SIGN_IN_GLOBAL, Object.freeze(api));

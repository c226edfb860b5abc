// The reading window, with the secure web preferences every window of the app gets.

import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../protocol/appProtocol';
import { devServerPage } from '../security/appUrl';
import { DEFAULT_WINDOW_STATE, type WindowState } from './windowState';

export function createMainWindow(state: WindowState = DEFAULT_WINDOW_STATE): BrowserWindow {
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 640,
    minHeight: 420,
    show: false,
    title: 'Summit Reader',
    backgroundColor: '#fbfaf7',
    // Written out here, where the window is made, so that reviewers and scanners see every setting.
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A middle click would open links in a new window without the window-open handler's say.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.webContents.on('did-finish-load', () => window.webContents.setZoomFactor(state.zoomFactor));
  void window.loadURL(devServerPage() ?? APP_ENTRY_URL);
  return window;
}

// Installs the application menu built from the action catalogue. Its items send the action to the
// focused window, which runs it through the same registry as the keyboard.

import { app, BrowserWindow, Menu } from 'electron';
import { sendEvent } from '../ipc/sendEvent';
import { menuTemplate } from './menuTemplate';

function focusedOrFirstWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

export function installApplicationMenu(onZoomChanged: (window: BrowserWindow) => void): void {
  const template = menuTemplate({
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    appName: app.getName(),
    sendAction: (actionId) => {
      const window = focusedOrFirstWindow();
      if (window) sendEvent(window.webContents, 'menuAction', actionId);
    },
    zoom: (delta) => {
      const window = BrowserWindow.getFocusedWindow();
      if (!window) return;
      const current = window.webContents.getZoomFactor();
      window.webContents.setZoomFactor(delta === null ? 1 : Math.min(3, Math.max(0.5, current + delta)));
      onZoomChanged(window);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

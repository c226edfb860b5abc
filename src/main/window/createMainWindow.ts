// The reading window, with the secure web preferences every window of the app gets.

import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../protocol/appProtocol';
import { devServerOrigin } from '../security/hardenSession';
import { secureWebPreferences } from './webPreferences';

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 640,
    minHeight: 420,
    show: false,
    title: 'Summit Reader',
    backgroundColor: '#fbfaf7',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  const dev = devServerOrigin();
  void window.loadURL(dev ? `${process.env.ELECTRON_RENDERER_URL}` : APP_ENTRY_URL);
  return window;
}

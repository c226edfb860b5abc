// Keeps the window's size, position and zoom in the user-data folder as they change.

import { join } from 'node:path';
import { app, screen, type BrowserWindow } from 'electron';
import { writeFileAtomic } from '../fsAtomic';
import { fitToDisplays, readWindowState, type WindowState } from './windowState';

const SAVE_DELAY_MS = 500;

function statePath(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

export async function loadWindowState(): Promise<WindowState> {
  const stored = await readWindowState(statePath());
  return fitToDisplays(
    stored,
    screen.getAllDisplays().map((display) => display.workArea),
  );
}

export function saveWindowState(window: BrowserWindow): void {
  const bounds = window.getNormalBounds();
  const state: WindowState = {
    ...bounds,
    maximized: window.isMaximized(),
    zoomFactor: window.webContents.getZoomFactor(),
  };
  void writeFileAtomic(statePath(), JSON.stringify(state)).catch((error: unknown) =>
    console.error('Could not save the window state:', error),
  );
}

/** Saves the state shortly after every move, resize or zoom, and when the window closes. */
export function trackWindowState(window: BrowserWindow): void {
  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => saveWindowState(window), SAVE_DELAY_MS);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event as 'resize', schedule);
  window.webContents.on('zoom-changed', schedule);
  window.on('close', () => {
    clearTimeout(timer);
    saveWindowState(window);
  });
}

// Before the window closes or the app quits, the page gets a moment to write a last automatic
// backup. The app never waits long: after 2.5 s it goes ahead regardless.

import { app, type BrowserWindow } from 'electron';
import { sendEvent } from '../ipc/sendEvent';

const WAIT_MS = 2500;

export interface QuitBackup {
  /** The page reports its last backup written (or nothing to write). */
  done(): void;
  /** Guards a window's close the same way as quitting. */
  guardClose(window: BrowserWindow): void;
}

export function installQuitBackup(window: () => BrowserWindow | null): QuitBackup {
  let finished = false;
  let release: (() => void) | null = null;

  const ask = (target: BrowserWindow, proceed: () => void): void => {
    const go = (): void => {
      release = null;
      finished = true;
      proceed();
    };
    const timer = setTimeout(go, WAIT_MS);
    release = () => {
      clearTimeout(timer);
      go();
    };
    sendEvent(target.webContents, 'quitting');
  };

  app.on('before-quit', (event) => {
    const target = window();
    if (finished || release || !target || target.isDestroyed()) return;
    event.preventDefault();
    ask(target, () => app.quit());
  });

  return {
    done: () => release?.(),
    guardClose: (target) => {
      // A new window (macOS reopens one after the last was closed) must be asked again on quit.
      finished = false;
      target.on('close', (event) => {
        if (finished) return;
        event.preventDefault();
        if (!release) ask(target, () => target.close());
      });
    },
  };
}

// summit-reader:// links from other apps (exported notes in an editor): the app registers as
// their handler and hands each valid link to the window once its page is listening.

import { app, type BrowserWindow } from 'electron';
import { LINK_SCHEME, parseReaderLink } from '../../shared/links';
import { sendEvent } from '../ipc/sendEvent';
import { LinkInbox } from './linkInbox';

export function linkFromArguments(argv: string[]): string | null {
  return argv.find((argument) => parseReaderLink(argument) !== null) ?? null;
}

export interface ReaderLinks {
  /** The page subscribed to links (the `rendererReady` call). */
  pageReady(): void;
  /** A window was made: hold links while its page loads. */
  watchWindow(window: BrowserWindow): void;
}

export function installReaderLinks(window: () => BrowserWindow | null): ReaderLinks {
  // Registering from a development build would point the system at the bare Electron binary.
  if (app.isPackaged) app.setAsDefaultProtocolClient(LINK_SCHEME);
  const inbox = new LinkInbox((link) => {
    const target = window();
    if (!target || target.isDestroyed()) return false;
    if (target.isMinimized()) target.restore();
    target.focus();
    sendEvent(target.webContents, 'openLink', link);
    return true;
  });
  // macOS delivers links through open-url, before `ready` when the link launched the app.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    inbox.receive(url);
  });
  app.on('second-instance', (_event, argv) => inbox.receive(linkFromArguments(argv)));
  inbox.receive(linkFromArguments(process.argv));
  return {
    pageReady: () => inbox.pageReady(),
    watchWindow: (target) => {
      target.webContents.on('did-start-loading', () => inbox.pageGone());
      target.on('closed', () => inbox.pageGone());
    },
  };
}

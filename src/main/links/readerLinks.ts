// summit-reader:// links from other apps (exported notes in an editor): the app registers as
// their handler and hands each valid link to the window.

import { app, type BrowserWindow } from 'electron';
import { OPEN_LINK_CHANNEL } from '../../shared/ipc/api';
import { LINK_SCHEME, parseReaderLink } from '../../shared/links';

export function linkFromArguments(argv: string[]): string | null {
  return argv.find((argument) => parseReaderLink(argument) !== null) ?? null;
}

export function installReaderLinks(window: () => BrowserWindow | null): void {
  // Registering from a development build would point the system at the bare Electron binary.
  if (app.isPackaged) app.setAsDefaultProtocolClient(LINK_SCHEME);
  const open = (link: string | null): void => {
    if (!link || !parseReaderLink(link)) return;
    const target = window();
    if (!target) return;
    if (target.isMinimized()) target.restore();
    target.focus();
    target.webContents.send(OPEN_LINK_CHANNEL, link);
  };
  app.on('open-url', (event, url) => {
    event.preventDefault();
    open(url);
  });
  app.on('second-instance', (_event, argv) => open(linkFromArguments(argv)));
  const initial = linkFromArguments(process.argv);
  if (initial) {
    app.once('browser-window-created', (_event, created) =>
      created.webContents.once('did-finish-load', () => open(initial)),
    );
  }
}

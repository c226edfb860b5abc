// Session-wide defences: no permissions, no remote requests, nothing but the app's own pages.

import { dialog, shell, type BrowserWindow, type Session, type WebContents } from 'electron';
import { devServerOrigin, isAppUrl, isDevServerRequest } from './appUrl';
import { isOpenableExternalUrl } from './externalLinks';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  const dev = devServerOrigin();
  // The corpus ships inside the app, so the renderer never needs the network.
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] },
    (details, callback) => {
      const allowed = dev !== null && isDevServerRequest(details.url, dev);
      if (!allowed) console.warn(`Blocked a network request to ${details.url}`);
      callback({ cancel: !allowed });
    },
  );
}

export async function confirmAndOpen(parent: BrowserWindow | null, url: string): Promise<boolean> {
  if (!isOpenableExternalUrl(url)) return false;
  const options = {
    type: 'question' as const,
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url);
  return true;
}

/** Denies navigation away from the app and new windows; https links go to the browser on request. */
export function hardenWebContents(contents: WebContents, findWindow: () => BrowserWindow | null): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    void confirmAndOpen(findWindow(), url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void confirmAndOpen(findWindow(), url);
    return { action: 'deny' };
  });
}

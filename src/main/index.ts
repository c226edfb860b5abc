// Main process entry: fixes the app's identity and origin, loads the corpus, opens the window.

import { app, BrowserWindow, clipboard, dialog, safeStorage, session } from 'electron';
import { corpusDirectory, fixAppIdentity, pepsDirectory, rendererDirectory } from './appIdentity';
import { PepService } from './peps/pepService';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/registerIpc';
import { sendEvent } from './ipc/sendEvent';
import { join } from 'node:path';
import { AutoBackups } from './backups/autoBackups';
import { KeptChangesFile } from './backups/keptChangesFile';
import { installQuitBackup } from './backups/quitBackup';
import { installReaderLinks } from './links/readerLinks';
import { loadLibraryService } from './library/loadCorpus';
import { defaultParser } from './library/parseOffThread';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './protocol/registerAppProtocol';
import { setPackagedBuild } from './security/appUrl';
import { confirmAndOpen, hardenSession, hardenWebContents } from './security/hardenSession';
import { installApplicationMenu } from './menu/applicationMenu';
import { SignInWindow } from './sync/signInWindow';
import { SyncConnection } from './sync/syncConnection';
import { createMainWindow } from './window/createMainWindow';
import { nativeFileDialogs } from './window/fileDialogs';
import { loadWindowState, saveWindowState, trackWindowState } from './window/persistWindowState';

// First: a packaged build never reads ELECTRON_RENDERER_URL (see appUrl.ts).
setPackagedBuild(app.isPackaged);
fixAppIdentity();
registerAppSchemeAsPrivileged();

let mainWindow: BrowserWindow | null = null;
// Installed before `ready`: on macOS a link that launches the app arrives that early.
const readerLinks = installReaderLinks(() => mainWindow);

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  handleAppProtocol(rendererDirectory());
  // The PEP snapshot is read while the corpus is parsed.
  const pepsLoading = PepService.load(pepsDirectory());
  const { service: library, problems } = await loadLibraryService(
    corpusDirectory(),
    join(app.getPath('userData'), 'documents'),
    // Imported documents are parsed in a worker built beside this bundle, with a time limit.
    defaultParser(import.meta.dirname),
  );
  for (const problem of problems) console.error(`Corpus: ${problem.file} ${problem.error}`);
  const peps = await pepsLoading;
  for (const problem of peps.problems) console.error(`PEPs: ${problem}`);
  const quitBackup = installQuitBackup(() => mainWindow);
  const sync = new SyncConnection(join(app.getPath('userData'), 'sync.json'), {
    isAvailable: () => safeStorage.isEncryptionAvailable(),
    backend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'system'),
    encrypt: (text) => safeStorage.encryptString(text),
    decrypt: (data) => safeStorage.decryptString(data),
  });
  const signInWindow = new SignInWindow(
    sync,
    () => mainWindow,
    (account) => {
      if (mainWindow) sendEvent(mainWindow.webContents, 'syncSignInClosed', { account });
    },
  );
  signInWindow.install();
  registerIpc(
    createHandlers(
      library,
      {
        ...nativeFileDialogs(() => mainWindow),
        quitBackupDone: () => quitBackup.done(),
        rendererReady: () => readerLinks.pageReady(),
        writeClipboard: (text) => clipboard.writeText(text),
        confirmAndOpenExternal: (url) => confirmAndOpen(mainWindow, url),
        openSyncSignIn: () => signInWindow.show(),
      },
      new AutoBackups(join(app.getPath('userData'), 'backups')),
      sync,
      peps.service,
      new KeptChangesFile(join(app.getPath('userData'), 'kept-changes.json')),
    ),
  );
  installApplicationMenu(saveWindowState);
  const openWindow = async (): Promise<BrowserWindow> => {
    const window = createMainWindow(await loadWindowState());
    trackWindowState(window);
    quitBackup.guardClose(window);
    readerLinks.watchWindow(window);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    return window;
  };
  mainWindow = await openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openWindow().then((window) => (mainWindow = window));
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, () => mainWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('Summit Reader could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}

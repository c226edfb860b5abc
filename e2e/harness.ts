// The one way specs start the app: the real Electron app where its binary is installed, otherwise
// the built renderer in Chromium. Both give a page, the profile folder and a close().

import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Locator, type Page } from '@playwright/test';
import { launchChromiumHost } from './chromiumHost';
import type { MainProcess } from './electron-stand-in/mainProcess';
import { ELECTRON_MISSING_REASON, installedElectronBinary } from './electronBinary';

export type HarnessMode = 'electron' | 'chromium';

export interface LaunchedApp {
  page: Page;
  userDataDir: string;
  mode: HarnessMode;
  /** Requests the app made to anything but its own origin. */
  networkAttempts: string[];
  /** The app's main process on the Electron stand-in, in Chromium mode only. */
  main: MainProcess | null;
  /** The window the page belongs to, in Chromium mode. */
  windowId: number;
  /** The Electron application, in Electron mode only. */
  electronApp: ElectronApplication | null;
  /** The page of another window main opens at this path (the sync sign-in window). */
  waitForWindow(path: string): Promise<Page>;
  close(): Promise<void>;
}

export const harnessMode: HarnessMode = installedElectronBinary() ? 'electron' : 'chromium';

const APP_ORIGIN_PREFIX = 'app://summit-reader';

async function launchElectron(userDataDir: string, networkAttempts: string[]): Promise<LaunchedApp> {
  const electronApp = await _electron.launch({
    executablePath: installedElectronBinary() ?? undefined,
    // Launching the project folder makes app.getAppPath() the root, as in `npm start`.
    args: [join(import.meta.dirname, '..')],
    env: { ...process.env, SUMMIT_READER_USER_DATA: userDataDir },
  });
  const page = await electronApp.firstWindow();
  page.on('request', (request) => {
    if (!request.url().startsWith(APP_ORIGIN_PREFIX) && !request.url().startsWith('data:'))
      networkAttempts.push(request.url());
  });
  await page.waitForLoadState('domcontentloaded');
  return {
    page,
    userDataDir,
    mode: 'electron',
    networkAttempts,
    main: null,
    windowId: 1,
    electronApp,
    waitForWindow: async (path) => {
      const matches = (candidate: Page): boolean => candidate.url().startsWith(`${APP_ORIGIN_PREFIX}${path}`);
      const window = electronApp.windows().find(matches) ?? (await electronApp.waitForEvent('window', matches));
      await window.waitForLoadState('domcontentloaded');
      return window;
    },
    close: () => electronApp.close(),
  };
}

async function launchChromium(userDataDir: string, networkAttempts: string[]): Promise<LaunchedApp> {
  const host = await launchChromiumHost(userDataDir, networkAttempts);
  return {
    page: host.page,
    userDataDir,
    mode: 'chromium',
    networkAttempts,
    main: host.main,
    windowId: host.windowId,
    electronApp: null,
    waitForWindow: (path) => host.waitForWindow(path),
    close: () => host.close(),
  };
}

/** Starts the app; passing the `userDataDir` of an earlier launch reopens it with the same data. */
export async function launchApp(options: { userDataDir?: string } = {}): Promise<LaunchedApp> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'summit-reader-e2e-'));
  const networkAttempts: string[] = [];
  return harnessMode === 'electron'
    ? launchElectron(userDataDir, networkAttempts)
    : launchChromium(userDataDir, networkAttempts);
}

/** The newest text the app put on the system clipboard. */
export async function readClipboard(app: LaunchedApp): Promise<string | undefined> {
  if (app.main) return (await app.main.state()).desktop.clipboard.at(-1);
  return app.electronApp?.evaluate(({ clipboard }) => clipboard.readText());
}

let skipNoticePrinted = false;

/** Marks the current spec file as Electron-only: in Chromium mode it skips, saying why once. */
export function electronOnly(): void {
  test.skip(harnessMode !== 'electron', `Electron-only: ${ELECTRON_MISSING_REASON}`);
  if (harnessMode !== 'electron' && !skipNoticePrinted) {
    skipNoticePrinted = true;
    console.log(`Skipping Electron-only specs: ${ELECTRON_MISSING_REASON}.`);
  }
}

/**
 * Stands in for the user in file dialogs: "save" goes into a fresh folder, "open backup" returns
 * the file named with `setBackupToOpen`. In Electron mode the real dialogs are replaced in main.
 */
export interface TestDialogs {
  saveDirectory: string;
  setBackupToOpen(path: string | null): Promise<void>;
  setImportFiles(paths: string[]): Promise<void>;
}

export async function useTestDialogs(app: LaunchedApp): Promise<TestDialogs> {
  const saveDirectory = mkdtempSync(join(tmpdir(), 'summit-reader-saves-'));
  const main = app.main;
  if (main) {
    // The stand-in's dialog module answers as the user would; main's own dialog code calls it.
    await main.request({ op: 'desktop', saveDirectory, backupToOpen: null, importFiles: [] });
    return {
      saveDirectory,
      setBackupToOpen: async (path) => {
        await main.request({ op: 'desktop', backupToOpen: path });
      },
      setImportFiles: async (paths) => {
        await main.request({ op: 'desktop', importFiles: paths });
      },
    };
  }
  await app.electronApp?.evaluate(({ dialog }, directory) => {
    const state = globalThis as unknown as { backupToOpen: string | null; importFiles: string[]; exports: number };
    state.backupToOpen = null;
    state.importFiles = [];
    state.exports = 0;
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      const options = args.at(-1) as { defaultPath?: string };
      return { canceled: false, filePath: `${directory}/${options.defaultPath ?? 'file'}` };
    }) as typeof dialog.showSaveDialog;
    dialog.showOpenDialog = (async (...args: unknown[]) => {
      const options = args.at(-1) as { properties?: string[] };
      if (options.properties?.includes('multiSelections')) {
        const files = state.importFiles.splice(0);
        return { canceled: files.length === 0, filePaths: files };
      }
      if (options.properties?.includes('openDirectory')) {
        const folder = `${directory}/export-${++state.exports}`;
        await import('node:fs/promises').then((fs) => fs.mkdir(folder, { recursive: true }));
        return { canceled: false, filePaths: [folder] };
      }
      return state.backupToOpen
        ? { canceled: false, filePaths: [state.backupToOpen] }
        : { canceled: true, filePaths: [] };
    }) as typeof dialog.showOpenDialog;
  }, saveDirectory);
  return {
    saveDirectory,
    setBackupToOpen: async (path) => {
      await app.electronApp?.evaluate((_electron, value) => {
        (globalThis as unknown as { backupToOpen: string | null }).backupToOpen = value;
      }, path);
    },
    setImportFiles: async (paths) => {
      await app.electronApp?.evaluate((_electron, value) => {
        (globalThis as unknown as { importFiles: string[] }).importFiles = value;
      }, paths);
    },
  };
}

/** Imports files as a reader does: File → Import (the library's Import button), choosing `paths`. */
export async function importThroughDialog(app: LaunchedApp, paths: string[]): Promise<TestDialogs> {
  const dialogs = await useTestDialogs(app);
  await dialogs.setImportFiles(paths);
  await app.page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: 'Import', exact: true })
    .click();
  return dialogs;
}

/** Opens "Export and back up" from the library's Export button, and returns the dialog. */
export async function openExportAndBackUp(app: LaunchedApp): Promise<Locator> {
  await app.page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const dialog = app.page.getByRole('dialog', { name: 'Export and back up' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Backs everything up through the dialog, into the test dialogs' save folder; returns the file's path. */
export async function backUpThroughDialog(app: LaunchedApp, dialogs: TestDialogs): Promise<string> {
  const before = new Set(readdirSync(dialogs.saveDirectory));
  const dialog = await openExportAndBackUp(app);
  await dialog.getByRole('button', { name: 'Back up…' }).click();
  await expect(dialog.getByRole('status')).toContainText('Backed up to');
  const name = readdirSync(dialogs.saveDirectory).find((file) => file.endsWith('.json') && !before.has(file));
  if (!name) throw new Error('The backup was not written to the save folder.');
  return join(dialogs.saveDirectory, name);
}

/** Chooses Restore… with `backupPath` as the file picked; returns the dialog, showing its preview or message. */
export async function chooseRestoreThroughDialog(
  app: LaunchedApp,
  dialogs: TestDialogs,
  backupPath: string,
): Promise<Locator> {
  await dialogs.setBackupToOpen(backupPath);
  const dialog = await openExportAndBackUp(app);
  await dialog.getByRole('button', { name: 'Restore…' }).click();
  return dialog;
}

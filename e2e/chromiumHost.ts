// Chromium mode: the built renderer in Debian's Chromium under a fixed origin, with main's own
// handler code answering the IPC contract through a Playwright binding instead of Electron's IPC.

import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { dispatchIpc } from '../src/main/ipc/dispatch';
import { createHandlers, type IpcHandlers } from '../src/main/ipc/handlers';
import { AutoBackups } from '../src/main/backups/autoBackups';
import { loadLibraryService } from '../src/main/library/loadCorpus';
import { CONTENT_SECURITY_POLICY, mimeTypeFor, resolveContainedPath } from '../src/main/protocol/appProtocol';
import { API_GLOBAL } from '../src/shared/ipc/api';
import { ipcMethods } from '../src/shared/ipc/contract';

/** Stands in for app://summit-reader. It never changes, so relaunches find the same IndexedDB. */
export const CHROMIUM_ORIGIN = 'https://summit-reader.test';

const root = join(import.meta.dirname, '..');
const rendererRoot = join(root, 'out', 'renderer');
const BINDING = '__summitReaderInvoke';

/** What the app asked of the desktop, so specs can check it: clipboard text and links opened. */
export interface PlatformLog {
  clipboard: string[];
  openedLinks: string[];
  /** Where "save" dialogs put files: the user's choice, stood in for by a folder per launch. */
  saveDirectory: string;
  savedPaths: string[];
  /** The file the next "open backup" dialog returns; null as if the user cancelled. */
  backupToOpen: string | null;
  /** The files the next "import" dialog returns. */
  importFiles: string[];
}

async function mainHandlers(log: PlatformLog, userDataDir: string): Promise<IpcHandlers> {
  // As in the app: the bundled corpus plus documents imported into this profile.
  const { service } = await loadLibraryService(join(root, 'resources', 'corpus'), join(userDataDir, 'documents'));
  let folders = 0;
  return createHandlers(
    service,
    {
      chooseImportFiles: async () => log.importFiles.splice(0),
      chooseSavePath: async (name) => {
        const path = join(log.saveDirectory, name);
        log.savedPaths.push(path);
        return path;
      },
      chooseFolder: async () => {
        const path = join(log.saveDirectory, `export-${++folders}`);
        await mkdir(path, { recursive: true });
        log.savedPaths.push(path);
        return path;
      },
      chooseBackupFile: async () => log.backupToOpen,
      writeClipboard: (text) => log.clipboard.push(text),
      // Stands in for the confirmation dialog: the link counts as opened after the user agrees.
      confirmAndOpenExternal: async (url) => {
        log.openedLinks.push(url);
        return true;
      },
    },
    new AutoBackups(join(userDataDir, 'backups')),
  );
}

export function chromiumExecutable(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export async function launchChromiumHost(
  userDataDir: string,
  networkAttempts: string[],
  log: PlatformLog,
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutable(),
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
    ],
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== CHROMIUM_ORIGIN) {
      networkAttempts.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    const resolved = resolveContainedPath(rendererRoot, url.pathname);
    if (!resolved.ok) {
      await route.fulfill({ status: resolved.status });
      return;
    }
    try {
      const body = await readFile(resolved.path);
      await route.fulfill({
        status: 200,
        body,
        headers: { 'content-type': mimeTypeFor(resolved.path), 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
  const ready = await mainHandlers(log, userDataDir);
  await context.exposeBinding(BINDING, (_source, method: unknown, args: unknown) => dispatchIpc(ready, method, args));
  // The same surface the preload exposes: one frozen object of named methods, nothing more.
  await context.addInitScript(
    ({ names, binding, global }) => {
      const invoke = (window as unknown as Record<string, (method: string, args: unknown[]) => Promise<unknown>>)[
        binding
      ];
      const api: Record<string, unknown> = Object.fromEntries(
        names.map((name) => [name, (...args: unknown[]) => invoke(name, args)]),
      );
      // There is no application menu in a browser, so nothing ever arrives.
      api.onMenuAction = () => () => undefined;
      api.onOpenLink = () => () => undefined;
      api.onQuitting = () => () => undefined;
      Object.defineProperty(window, global, { value: Object.freeze(api), enumerable: true });
    },
    { names: ipcMethods as string[], binding: BINDING, global: API_GLOBAL },
  );
  return context;
}

// Boots the built main bundle (out/main/index.js) under Node on the Electron stand-in and checks
// what the real app would do: identity, the window's preferences, the app:// handler, the IPC
// sender check for every contract method, session hardening, the menu, links and the quit handshake.

import { existsSync, mkdtempSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ipcChannel, ipcEventChannel, ipcMethods } from '../src/shared/ipc/contract';
import { SIGN_IN_CHANNELS } from '../src/shared/ipc/signIn';
import { MainProcess } from './electron-stand-in/mainProcess';

const APP_PAGE = 'app://summit-reader/index.html';
const root = join(import.meta.dirname, '..');

let main: MainProcess;
let userDataDir: string;
let windowId: number;

type Served = { status: number; headers: Record<string, string>; body: Uint8Array };

function serve(url: string): Promise<Served> {
  return main.request<Served>({ op: 'protocol', url, method: 'GET', headers: {} });
}

function call(method: string, args: unknown[], frameUrl = APP_PAGE, parentUrl: string | null = null): Promise<unknown> {
  return main.request({ op: 'invoke', windowId, channel: `summit:${method}`, args, frameUrl, parentUrl });
}

test.beforeAll(async () => {
  userDataDir = mkdtempSync(join(tmpdir(), 'summit-reader-boot-'));
  main = await MainProcess.start({ userDataDir });
  const loaded = await main.waitFor((notice) => notice.notice === 'load-url');
  windowId = loaded.notice === 'load-url' ? loaded.windowId : 0;
});

test.afterAll(async () => {
  await main?.stop();
});

test('identity, profile and the privileged scheme are fixed before ready', async () => {
  const state = await main.state();
  expect(state.name).toBe('Summit Reader');
  expect(state.userData).toBe(userDataDir);
  // The stand-in refuses registerSchemesAsPrivileged after ready, as Electron does.
  expect(state.privilegedSchemes).toEqual([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
  expect(state.protocolHandlers).toEqual(['app']);
});

test('one window: isolated, sandboxed, without Node, with an existing preload, on the app page', async () => {
  const { windows } = await main.state();
  expect(windows).toHaveLength(1);
  const preferences = windows[0].webPreferences;
  expect(preferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    disableBlinkFeatures: 'Auxclick',
  });
  expect(existsSync(String(preferences.preload))).toBe(true);
  expect(windows[0].url).toBe(APP_PAGE);
});

test('the protocol serves the page with its CSP, and refuses escapes', async () => {
  const page = await serve(APP_PAGE);
  expect(page.status).toBe(200);
  expect(page.headers['content-security-policy']).toContain("default-src 'none'");
  expect(page.headers['x-content-type-options']).toBe('nosniff');
  const html = Buffer.from(page.body).toString();
  expect(html).toContain('<div id="root">');
  // The built page carries the policy itself too (left out of `npm run dev`, where Vite needs inline code).
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';/);
  expect((await serve('app://summit-reader/..%2f..%2fpackage.json')).status).toBe(403);
  expect((await serve('app://summit-reader/assets%2f..%2f..%2f..%2fpackage.json')).status).toBe(403);
  expect((await serve('app://summit-reader/%5c..%5cpackage.json')).status).toBe(400);
  expect((await serve('app://summit-reader/index.html%00.png')).status).toBe(400);
  expect((await serve('app://elsewhere/index.html')).status).toBe(403);
  // A URL parser turns %2e%2e into ".." and removes it before any handler runs: nothing escapes.
  const dotted = await serve('app://summit-reader/%2e%2e/%2e%2e/package.json');
  expect(dotted.status).toBe(404);
});

test('every contract method answers the app page, and refuses a foreign page and a subframe', async () => {
  // The contract's methods, and the sync sign-in window's own submit and cancel.
  expect((await main.state()).invokeChannels.sort()).toEqual(
    [...ipcMethods.map(ipcChannel), ...Object.values(SIGN_IN_CHANNELS)].sort(),
  );
  for (const method of ipcMethods) {
    const fromApp = (await call(method, [])) as { ok: boolean; error?: { code: string } };
    expect(fromApp, method).toHaveProperty('ok');
    expect(fromApp.error?.code, method).not.toBe('forbidden-sender');
    for (const [frameUrl, parentUrl] of [
      ['https://evil.example/', null],
      ['file:///tmp/index.html', null],
      [APP_PAGE, APP_PAGE],
    ] as const) {
      expect(await call(method, [], frameUrl, parentUrl), `${method} from ${frameUrl}`).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    }
  }
  expect(await call('getLibrary', [])).toMatchObject({ ok: true, value: { summits: expect.any(Array) } });
  // openSyncSignIn opened the sign-in window: the person closes it again.
  for (const window of (await main.state()).windows)
    if (window.url?.endsWith('/sign-in.html')) await main.request({ op: 'close-window', windowId: window.id });
});

test('navigation, new windows, permissions and the network are refused by the session', async () => {
  expect(await main.request({ op: 'navigate', windowId, name: 'will-navigate', url: 'https://example.com/' })).toEqual({
    prevented: true,
  });
  expect(await main.request({ op: 'navigate', windowId, name: 'will-navigate', url: APP_PAGE })).toEqual({
    prevented: false,
  });
  expect(await main.request({ op: 'navigate', windowId, name: 'will-redirect', url: 'http://evil.example/' })).toEqual({
    prevented: true,
  });
  expect(await main.request({ op: 'window-open', windowId, url: 'https://example.com/' })).toEqual({ action: 'deny' });
  expect(await main.request({ op: 'permission', permission: 'media' })).toEqual({ granted: false });
  for (const url of ['https://example.com/', 'http://localhost:5173/', 'ws://localhost:5173/'])
    expect(await main.request({ op: 'web-request', url }), url).toEqual({ cancel: true });
});

test('the File menu holds its catalogue commands and the menu sends them to the page', async () => {
  const { menu } = await main.state();
  const file = menu?.find((entry) => entry.label === 'File');
  expect(file?.submenu?.map((entry) => entry.id ?? entry.role ?? entry.type)).toEqual([
    'file.import',
    'file.exportAndBackUp',
    'separator',
    'quit',
  ]);
  expect(menu?.find((entry) => entry.label === 'View')?.submenu?.map((entry) => entry.role)).toContain(
    'toggleDevTools',
  );
});

test('a link that arrives before the page listens is delivered once it is ready', async () => {
  const link = 'summit-reader://talk/some-talk#b1';
  const before = main.notices.length;
  // The page (re)loads: until it says it listens, links are held.
  await main.request({ op: 'page-event', windowId, name: 'did-start-loading' });
  await main.request({ op: 'app-event', name: 'open-url', url: link });
  await main.request({
    op: 'app-event',
    name: 'second-instance',
    argv: ['summit-reader', 'summit-reader://talk/other#b2'],
  });
  const sentLinks = () =>
    main.notices
      .slice(before)
      .filter((notice) => notice.notice === 'send' && notice.channel === ipcEventChannel('openLink'))
      .map((notice) => (notice.notice === 'send' ? notice.args[0] : null));
  expect(sentLinks()).toEqual([]);
  await call('rendererReady', []);
  await expect.poll(sentLinks).toEqual([link, 'summit-reader://talk/other#b2']);
});

test('closing the window waits for the last backup, and asks again for a window reopened later', async () => {
  const quittingSent = () =>
    main.notices.filter((notice) => notice.notice === 'send' && notice.channel === ipcEventChannel('quitting')).length;
  const first = quittingSent();
  await main.request({ op: 'close-window', windowId });
  expect(quittingSent()).toBe(first + 1);
  expect((await main.state()).windows).toHaveLength(1);
  await call('quitBackupDone', []);
  await main.waitFor((notice) => notice.notice === 'window-closed' && notice.windowId === windowId);
  // macOS: the dock reopens a window; closing that one must ask for a last backup again.
  await main.request({ op: 'app-event', name: 'activate' });
  await expect.poll(async () => (await main.state()).windows.length).toBe(1);
  const reopened = (await main.state()).windows[0].id;
  await main.request({ op: 'close-window', windowId: reopened });
  expect(quittingSent()).toBe(first + 2);
});

test.describe('a packaged build', () => {
  let packaged: MainProcess;
  let resources: string;

  test.beforeAll(async () => {
    // The resources folder as electron-builder.json lays it out: corpus/, topics.json and peps/.
    resources = mkdtempSync(join(tmpdir(), 'summit-reader-resources-'));
    await cp(join(root, 'resources', 'corpus'), join(resources, 'corpus'), { recursive: true });
    await cp(join(root, 'resources', 'peps'), join(resources, 'peps'), { recursive: true });
    await cp(join(root, 'resources', 'topics.json'), join(resources, 'topics.json'));
    packaged = await MainProcess.start({
      userDataDir: mkdtempSync(join(tmpdir(), 'summit-reader-ignored-')),
      packaged: true,
      resourcesPath: resources,
      // Whoever controls the environment at launch must not get a remote page with the app's IPC.
      env: { ELECTRON_RENDERER_URL: 'https://evil.example/' },
    });
    await packaged.waitFor((notice) => notice.notice === 'load-url');
  });

  test.afterAll(async () => {
    await packaged?.stop();
  });

  test('starts its library from the resources folder, ignores the profile override and has no DevTools', async () => {
    const state = await packaged.state();
    expect(state.userData).not.toContain('summit-reader-ignored-');
    expect(state.userData.endsWith(join('', 'Summit Reader'))).toBe(true);
    expect(state.protocolClients).toEqual(['summit-reader']);
    expect(state.menu?.find((entry) => entry.label === 'View')?.submenu?.map((entry) => entry.role)).not.toContain(
      'toggleDevTools',
    );
    const callPackaged = (method: string): Promise<unknown> =>
      packaged.request({
        op: 'invoke',
        windowId: state.windows[0].id,
        channel: `summit:${method}`,
        args: [],
        frameUrl: APP_PAGE,
        parentUrl: null,
      });
    const library = (await callPackaged('getLibrary')) as { ok: boolean; value: { summits: { year: number }[] } };
    expect(library.ok).toBe(true);
    expect(library.value.summits.map((summit) => summit.year)).toEqual([2022, 2023, 2024, 2025]);
    const topics = (await callPackaged('getTopics')) as { ok: boolean; value: unknown[] };
    expect(topics.ok).toBe(true);
    expect(topics.value.length).toBeGreaterThan(0);
    const peps = (await callPackaged('getPepIndex')) as { ok: boolean; value: { entries: { number: number }[] } };
    expect(peps.ok).toBe(true);
    expect(peps.value.entries.map((entry) => entry.number)).toContain(703);
    expect(state.desktop.errorBoxes).toEqual([]);
  });

  test('ignores ELECTRON_RENDERER_URL: it loads its own page and refuses calls from the remote one', async () => {
    const state = await packaged.state();
    expect(state.windows[0].url).toBe(APP_PAGE);
    const fromRemote = await packaged.request({
      op: 'invoke',
      windowId: state.windows[0].id,
      channel: 'summit:getLibrary',
      args: [],
      frameUrl: 'https://evil.example/',
      parentUrl: null,
    });
    expect(fromRemote).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });
});

// Signing in to sync happens in a window main owns: the reader's page can only ask for it to open.
// Wrong details are explained there in words; the reader's page learns the account, never the
// password; each page can call only its own side (the sign-in page cannot call the reader's
// methods, the reader's page cannot submit a sign-in).

import { expect, test, type Page } from '@playwright/test';
import { startSyncServer, type SyncServer } from '../test/sync/pouchServer';
import { launchApp, type LaunchedApp } from './harness';

const USER = 'reader';
const PASSWORD = 'correct horse battery';
let server: SyncServer;
let app: LaunchedApp | null = null;

test.beforeAll(async () => {
  server = await startSyncServer();
  await server.addAdmin(USER, PASSWORD);
});
test.afterEach(async () => {
  await app?.close();
  app = null;
});
test.afterAll(async () => {
  await server?.stop();
});

function sync(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('dialog', { name: 'Reading settings' }).getByRole('region', { name: 'Sync' });
}

async function openSignIn(launched: LaunchedApp): Promise<Page> {
  await launched.page.getByRole('button', { name: 'Reading settings' }).click();
  await sync(launched.page).getByRole('button', { name: 'Sign in…' }).click();
  return launched.waitForWindow('/sign-in.html');
}

async function fill(window: Page, password: string): Promise<void> {
  await window.getByLabel('Server address').fill(server.url);
  await window.getByLabel('Database').fill(`notes-${Date.now()}`);
  await window.getByLabel('User name').fill(USER);
  await window.getByLabel('Password').fill(password);
  await window.getByRole('button', { name: 'Sign in' }).click();
}

test('the reader signs in in main’s window; refusals are words; the page gets the account, not the password', async () => {
  app = await launchApp();
  const page = app.page;
  // The page's API has no way to hand main an address or a password.
  const methods = await page.evaluate(() => Object.keys((window as unknown as { summit: object }).summit));
  expect(methods).toContain('openSyncSignIn');
  expect(methods.filter((name) => /signInTo|syncRequest/.test(name))).toEqual([]);

  const window = await openSignIn(app);
  await fill(window, 'wrong horse');
  const refusal = window.getByRole('alert');
  await expect(refusal).toHaveText('The server refused this user name and password.');
  await expect(refusal).not.toHaveText(/\d{3}/);

  await window.getByLabel('Password').fill(PASSWORD);
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expect(sync(page)).toContainText(`Signed in as ${USER}`);
  await expect(sync(page).getByRole('note')).toContainText('administers the whole server');
  await expect(sync(page).getByRole('status', { name: 'Last sync' })).toHaveText(/Synced/);
  expect(window.isClosed()).toBe(true);
  const seen = await page.evaluate(async () => {
    const summit = (window as unknown as { summit: Record<string, () => Promise<unknown>> }).summit;
    return JSON.stringify(await summit.getSyncAccount());
  });
  expect(seen).toContain(USER);
  expect(seen).not.toContain(PASSWORD);
  expect(seen).not.toContain(Buffer.from(`${USER}:${PASSWORD}`).toString('base64'));
});

test('signing out keeps the address, database and user name for the next sign-in, never the password', async () => {
  app = await launchApp();
  const database = `kept-${Date.now()}`;
  const first = await openSignIn(app);
  await first.getByLabel('Server address').fill(server.url);
  await first.getByLabel('Database').fill(database);
  await first.getByLabel('User name').fill(USER);
  await first.getByLabel('Password').fill(PASSWORD);
  await first.getByRole('button', { name: 'Sign in' }).click();
  await expect(sync(app.page)).toContainText(`Signed in as ${USER}`);

  await sync(app.page).getByRole('button', { name: 'Sign out' }).click();
  // The settings stay open: the sync section offers to sign in again.
  await sync(app.page).getByRole('button', { name: 'Sign in…' }).click();
  const again = await app.waitForWindow('/sign-in.html');
  await expect(again.getByLabel('Server address')).toHaveValue(server.url);
  await expect(again.getByLabel('Database')).toHaveValue(database);
  await expect(again.getByLabel('User name')).toHaveValue(USER);
  await expect(again.getByLabel('Password')).toHaveValue('');
  await expect(again.getByLabel('Password')).toBeFocused();
  expect(again.url()).not.toContain(encodeURIComponent(PASSWORD));
});

test('Cancel closes the window and leaves sync off', async () => {
  app = await launchApp();
  const window = await openSignIn(app);
  await window.getByRole('button', { name: 'Cancel' }).click();
  await expect(sync(app.page).getByRole('button', { name: 'Sign in…' })).toBeEnabled();
  await expect(sync(app.page).getByRole('alert')).toHaveCount(0);
  expect(window.isClosed()).toBe(true);
});

test('each window calls only its own side', async () => {
  app = await launchApp();
  const main = app.main;
  test.skip(!main, 'Sends calls through the Electron stand-in, which runs in Chromium mode only.');
  if (!main) return;
  await openSignIn(app);
  const signInWindow = (await main.state()).windows.find((window) => window.url?.endsWith('/sign-in.html'));
  if (!signInWindow) throw new Error('No sign-in window.');
  expect(signInWindow.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  expect(String(signInWindow.webPreferences.preload)).toMatch(/signIn\.cjs$/);
  // The sign-in page asking for the reader's methods is refused by main's sender check.
  const fromSignIn = await main.request({
    op: 'invoke',
    windowId: signInWindow.id,
    channel: 'summit:getSyncAccount',
    args: [],
    frameUrl: 'app://summit-reader/sign-in.html',
    parentUrl: null,
  });
  expect(fromSignIn).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  // The reader's window submitting a sign-in (an address and password of its choosing) is refused.
  const fromReader = await main.request({
    op: 'invoke',
    windowId: app.windowId,
    channel: 'summit-sign-in:submit',
    args: [{ serverUrl: server.url, database: 'elsewhere', username: USER, password: PASSWORD }],
    frameUrl: 'app://summit-reader/index.html',
    parentUrl: null,
  });
  expect(fromReader).toEqual({ ok: false, message: 'This page may not sign in.' });
  // Nor when the reader's window has navigated itself to the sign-in page: only main's window may.
  const fromReaderOnSignInPage = await main.request({
    op: 'invoke',
    windowId: app.windowId,
    channel: 'summit-sign-in:submit',
    args: [{ serverUrl: server.url, database: 'elsewhere', username: USER, password: PASSWORD }],
    frameUrl: 'app://summit-reader/sign-in.html',
    parentUrl: null,
  });
  expect(fromReaderOnSignInPage).toEqual({ ok: false, message: 'This page may not sign in.' });
  expect(await app.page.evaluate(() => 'summitSignIn' in window)).toBe(false);
});

// A compromised page (one XSS) against sync, through the built preload and main's registerIpc:
// signed in to a pouchdb-server behind a recording proxy, the page calls every method of its API
// with the paths, bodies and addresses of a real attack, while a second "canary" server waits on
// another port. No request outside the replication operations reaches the server, the canary
// hears nothing, no answer carries the password (or its base64, or the session cookie), and Sync
// now still reaches the reader's own server afterwards.

import { expect, test, type Page } from '@playwright/test';
import { startSyncServer, type SyncServer } from '../test/sync/pouchServer';
import { allowedRequest, startCanary, startRecordingProxy, type RecordingProxy } from '../test/sync/recordingProxy';
import { launchApp, type LaunchedApp } from './harness';

const USER = 'reader';
const PASSWORD = 'correct horse battery staple';
const DATABASE = `reader-notes-${Date.now()}`;

let server: SyncServer;
let proxy: RecordingProxy;
let canary: RecordingProxy;
let app: LaunchedApp;

test.beforeAll(async () => {
  server = await startSyncServer();
  await server.addAdmin(USER, PASSWORD);
  proxy = await startRecordingProxy(server.url);
  canary = await startCanary();
});

test.afterAll(async () => {
  await app?.close();
  await proxy?.close();
  await canary?.close();
  await server?.stop();
});

function syncSection(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('dialog', { name: 'Reading settings' }).getByRole('region', { name: 'Sync' });
}

/** What an attacker would hand each method: the paths, bodies and addresses of the issue. */
function hostileArguments(canaryUrl: string): unknown[][] {
  const designShow = { _id: '_design/x', shows: { h: 'function (doc, req) { return JSON.stringify(req.headers); }' } };
  const replicated = (fields: object) => ({
    _id: '_design/x',
    _rev: '1-abc',
    _revisions: { start: 1, ids: ['abc'] },
    ...fields,
  });
  const addresses = [
    canaryUrl,
    'https://169.254.169.254/',
    'https://10.0.0.1:8443/admin/',
    'http://127.0.0.1:6379/',
    'http://localhost:5984/../_config/',
  ];
  const paths = [
    '_design/x',
    '_design/x/_show/h',
    '_design/x/_update/u',
    '_design/x/_list/l/v',
    '_security',
    '../_config',
    '../_users/org.couchdb.user:mallory',
    '/_all_dbs',
    '_local/../../_config',
    '',
  ];
  const bodies = [
    designShow,
    { docs: [designShow], new_edits: false },
    { docs: [replicated(designShow)], new_edits: false },
    { docs: [replicated({ _id: '_security', members: { names: [] } })], new_edits: false },
    { docs: [replicated({ _id: 'highlight:h1', _attachments: { a: { data: 'eA==' } } })], new_edits: false },
    { docs: [{ id: '_design/x', rev: '1-abc' }] },
    { '_design/x': ['1-abc'] },
    { since: '0&feed=continuous&include_docs=true', limit: 10 },
    { since: 0, limit: 10, filter: '_view', view: 'x/y' },
    { method: 'DELETE', path: '', body: null, contentType: null },
    { method: 'PUT', path: '_security', body: '{}', contentType: 'application/json' },
    { _id: '_local/../../_config', value: 1 },
  ];
  const signIns = addresses.map((serverUrl) => ({ serverUrl, database: 'x', username: USER, password: 'x' }));
  return [
    ...[...addresses, ...paths, ...bodies, ...signIns].map((value) => [value]),
    ...paths.map((path) => ['DELETE', path]),
    ...addresses.map((address) => [address, { method: 'GET', path: '_all_dbs' }]),
    ['_design/x', designShow],
  ];
}

test('a compromised page cannot reach the password, other hosts or other requests through sync', async () => {
  test.setTimeout(240_000);
  app = await launchApp();
  const page = app.page;

  // The reader signs in, in main's window, to their server (behind the recording proxy).
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await syncSection(page).getByRole('button', { name: 'Sign in…' }).click();
  const window = await app.waitForWindow('/sign-in.html');
  await window.getByLabel('Server address').fill(proxy.url);
  await window.getByLabel('Database').fill(DATABASE);
  await window.getByLabel('User name').fill(USER);
  await window.getByLabel('Password').fill(PASSWORD);
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expect(syncSection(page).getByRole('status', { name: 'Last sync' })).toHaveText(/Synced/);
  const cookies = new Set(
    proxy.requests.map((request) => /AuthSession=([^;]+)/.exec(String(request.headers.cookie ?? ''))?.[1]),
  );
  cookies.delete(undefined);
  expect(cookies.size).toBeGreaterThan(0);

  // The attack: every method of the page's API, with every hostile argument list.
  const outcome = await page.evaluate(async (argumentLists) => {
    const api = (window as unknown as { summit: Record<string, (...args: unknown[]) => unknown> }).summit;
    const methods = Object.keys(api).filter((name) => typeof api[name] === 'function');
    const answers: string[] = [];
    let calls = 0;
    for (const name of methods)
      for (const args of argumentLists) {
        calls++;
        try {
          const answer = await api[name](...args);
          // A subscription hands back its unsubscribe: take the listener off again.
          if (typeof answer === 'function') (answer as () => void)();
          else answers.push(JSON.stringify(answer) ?? 'undefined');
        } catch (error) {
          answers.push(String(error));
        }
      }
    return { methods, calls, answers };
  }, hostileArguments(canary.url));

  const afterAttack = proxy.requests.length;
  const base64 = (text: string): string => Buffer.from(text).toString('base64');
  const secrets = [PASSWORD, base64(PASSWORD), base64(`${USER}:${PASSWORD}`), ...(cookies as Set<string>)];
  const leaks = outcome.answers.filter((answer) => secrets.some((secret) => answer.includes(secret)));
  const outside = proxy.requests.filter(
    (request) => !allowedRequest(request.method, new URL(request.url, proxy.url), DATABASE),
  );
  const accepted = outcome.answers.filter((answer) => answer.startsWith('{"ok":true')).length;
  console.log(
    `Hostile page: ${outcome.calls} calls over ${outcome.methods.length} methods (${accepted} accepted, ` +
      `${outcome.answers.length - accepted} refused); the server got ${proxy.requests.length} requests, ` +
      `${outside.length} outside the replication operations; the canary got ${canary.requests.length}; ` +
      `${leaks.length} answers held a secret.`,
  );
  expect(outcome.methods).toContain('openSyncSignIn');
  expect(outcome.methods).toContain('syncBulkDocs');
  expect(outcome.calls).toBeGreaterThan(1000);
  expect(outside.map((request) => `${request.method} ${request.url}`)).toEqual([]);
  expect(canary.requests).toEqual([]);
  expect(leaks).toEqual([]);
  // No design document, security object or other database was written.
  const basic = { Authorization: `Basic ${base64(`${USER}:${PASSWORD}`)}` };
  expect((await fetch(`${server.url}${DATABASE}/_design/x`, { headers: basic })).status).toBe(404);
  expect(await (await fetch(`${server.url}${DATABASE}/_security`, { headers: basic })).json()).toEqual({});

  // Afterwards the reader's Sync now still reaches their own server, and only it.
  await syncSection(page).getByRole('button', { name: 'Sync now' }).click();
  await expect(syncSection(page).getByRole('status', { name: 'Last sync' })).toHaveText(/Synced just now/);
  const again = proxy.requests.slice(afterAttack);
  expect(again.some((request) => request.url.includes(`/${DATABASE}/_changes`))).toBe(true);
  expect(canary.requests).toEqual([]);
  expect(app.networkAttempts).toEqual([]);
});

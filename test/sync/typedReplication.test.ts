// Replication through main's typed operations, end to end in Node: PouchDB replicas whose remote
// is the page's `fetchThroughMain` shim, every call crossing the real contract (zod) and main's
// handlers to a real pouchdb-server. Two devices converge, and the server sees only the allowed
// requests, none of them carrying the password.

import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHandlers, type PlatformServices } from '../../src/main/ipc/handlers';
import { dispatchIpc } from '../../src/main/ipc/dispatch';
import type { LibraryService } from '../../src/main/library/libraryService';
import { SyncConnection } from '../../src/main/sync/syncConnection';
import { startSyncServer, type SyncServer } from './pouchServer';
import { allowedRequest } from './recordingProxy';
import { testKeyring } from './testKeyring';

interface Replica {
  put(document: object): Promise<unknown>;
  get(id: string): Promise<Record<string, unknown>>;
  replicate: { to(target: unknown): Promise<unknown>; from(source: unknown): Promise<unknown> };
  destroy(): Promise<unknown>;
}
type PouchConstructor = (new (name: string, options?: object) => Replica) & {
  plugin(plugin: unknown): PouchConstructor;
};

const require = createRequire(import.meta.url);
const PouchDB = (require('pouchdb') as PouchConstructor).plugin(require('pouchdb-adapter-memory'));
const PASSWORD = 'correct horse battery';
const keyring = testKeyring;

let server: SyncServer;
const seen: { method: string; url: string; body: string; auth: string | null }[] = [];

beforeAll(async () => {
  server = await startSyncServer();
  await server.addAdmin('ann', PASSWORD);
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

/** The page's side: `window.summit` whose every call goes through the contract to main's handlers. */
/**
 * Calls that crossed the bridge and have not answered yet. PouchDB asks for the database's info
 * after each batch without waiting for it (progress bookkeeping), so the test waits for those
 * before it stops the server: a call still on its way then would fail with no one to hear it.
 */
const unanswered = new Set<Promise<unknown>>();

async function pageShim(connection: SyncConnection): Promise<(input: string, init?: RequestInit) => Promise<Response>> {
  const handlers = createHandlers({} as LibraryService, {} as PlatformServices, null, connection);
  const bridge = new Proxy(
    {},
    {
      // Structured clone, as Electron's IPC does, on the way in and out.
      get:
        (_target, method) =>
        async (...args: unknown[]) => {
          const answer = dispatchIpc(handlers, method, structuredClone(args));
          unanswered.add(answer);
          try {
            return structuredClone(await answer);
          } finally {
            unanswered.delete(answer);
          }
        },
    },
  );
  (globalThis as unknown as { window: object }).window = { summit: bridge };
  // The renderer's module, loaded by a path the type checker does not follow (it is DOM code).
  const shim = '../../src/renderer/src/sync/syncFetch.ts';
  const module = (await import(/* @vite-ignore */ shim)) as {
    fetchThroughMain: (input: string, init?: RequestInit) => Promise<Response>;
  };
  return module.fetchThroughMain;
}

it('two devices replicate through the typed operations, and only allowed requests reach the server', async () => {
  const recordingFetch = (async (url: URL, init: RequestInit) => {
    seen.push({
      method: init.method ?? 'GET',
      url: String(url),
      body: String(init.body ?? ''),
      auth: new Headers(init.headers).get('authorization'),
    });
    return fetch(url, init);
  }) as typeof fetch;
  const connection = new SyncConnection(
    join(mkdtempSync(join(tmpdir(), 'summit-sync-')), 'sync.json'),
    keyring,
    recordingFetch,
  );
  const database = `reader-${Date.now()}`;
  await connection.signIn({ serverUrl: server.url, database, username: 'ann' }, PASSWORD);
  const fetchThroughMain = await pageShim(connection);
  const remote = new PouchDB('https://sync.summit-reader.invalid/reader/', {
    fetch: fetchThroughMain,
    skip_setup: true,
  });
  const first = new PouchDB(`first-${Date.now()}`, { adapter: 'memory' });
  const second = new PouchDB(`second-${Date.now()}`, { adapter: 'memory' });

  await first.put({ _id: 'highlight:h1', type: 'highlight', fields: { color: 'yellow' } });
  await first.put({ _id: 'talkNote:t1', type: 'talkNote', texts: { text: 'a note' } });
  await first.replicate.to(remote);
  await second.replicate.from(remote);
  expect(await second.get('highlight:h1')).toMatchObject({ fields: { color: 'yellow' } });
  expect(await second.get('talkNote:t1')).toMatchObject({ texts: { text: 'a note' } });

  // A design document on the server (put there by someone else) never reaches the page.
  await fetch(`${server.url}${database}/_design/x`, {
    method: 'PUT',
    headers: { Authorization: `Basic ${Buffer.from(`ann:${PASSWORD}`).toString('base64')}` },
    body: JSON.stringify({ shows: { h: 'function (doc, req) { return JSON.stringify(req.headers); }' } }),
  });
  const third = new PouchDB(`third-${Date.now()}`, { adapter: 'memory' });
  await third.replicate.from(remote);
  await expect(third.get('_design/x')).rejects.toMatchObject({ status: 404 });
  expect(await third.get('highlight:h1')).toMatchObject({ type: 'highlight' });

  const afterSignIn = seen.filter((request) => !request.url.endsWith('/_session'));
  expect(afterSignIn.filter((request) => !allowedRequest(request.method, new URL(request.url), database))).toEqual([]);
  expect(
    seen.filter(
      (request) => request.auth !== null || (!request.url.endsWith('/_session') && request.body.includes(PASSWORD)),
    ),
  ).toEqual([]);
  for (const replica of [first, second, third]) await replica.destroy();
  while (unanswered.size > 0) await Promise.allSettled([...unanswered]);
});

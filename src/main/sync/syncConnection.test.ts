// The sync connection against a real pouchdb-server: sign-in opens a session and keeps only an
// encrypted password, the password goes to `_session` and nowhere else, requests reach only the
// reader's database, and bad addresses and answers are refused in words.

import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer, type SyncServer } from '../../../test/sync/pouchServer';
import { checkServerUrl, databaseUrl, SyncConnection, type SecretBox } from './syncConnection';
import { testKeyring } from '../../../test/sync/testKeyring';

const keyring = testKeyring;

const PASSWORD = 'correct horse battery';
let server: SyncServer;
beforeAll(async () => {
  server = await startSyncServer();
  await server.addAdmin('ann', PASSWORD);
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

function connection(secrets: SecretBox = keyring, fetchImpl?: typeof fetch): { sync: SyncConnection; file: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'summit-sync-')), 'sync.json');
  return { sync: new SyncConnection(file, secrets, fetchImpl), file };
}

/** A fetch that records what each request carried, then makes it. */
function recording(): { fetchImpl: typeof fetch; seen: { url: string; auth: string | null; body: string }[] } {
  const seen: { url: string; auth: string | null; body: string }[] = [];
  const fetchImpl = (async (url: URL, init: RequestInit) => {
    const headers = new Headers(init.headers);
    seen.push({ url: String(url), auth: headers.get('authorization'), body: String(init.body ?? '') });
    return fetch(url, init);
  }) as typeof fetch;
  return { fetchImpl, seen };
}

describe('the sync connection', () => {
  it('signs in, creating the database, and keeps the password only encrypted', async () => {
    const { sync, file } = connection();
    const account = { serverUrl: server.url, database: `reader-${Date.now()}`, username: 'ann' };
    expect(await sync.signIn(account, PASSWORD)).toEqual({ ...account, serverAdmin: true });
    expect(await sync.account()).toEqual({ ...account, serverAdmin: true });
    expect(readFileSync(file, 'utf8')).not.toContain('correct horse');
    // Only the user may read it, on systems with such permissions.
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect((await sync.info()).database).toMatchObject({ db_name: account.database });
    // A server that lost the database gets it back on the next sync.
    await fetch(`${server.url}${account.database}`, {
      method: 'DELETE',
      headers: { Authorization: `Basic ${Buffer.from(`ann:${PASSWORD}`).toString('base64')}` },
    });
    expect((await sync.info()).database).toMatchObject({ db_name: account.database, doc_count: 0 });
    // The server checks the password: a wrong one is refused.
    await expect(connection().sync.signIn({ ...account, database: 'other' }, 'wrong horse')).rejects.toThrow(
      'refused this user name and password',
    );
    await sync.signOut();
    expect(await sync.account()).toBeNull();
    await expect(sync.info()).rejects.toThrow('not set up');
    // Signing out keeps where and as whom, for the next sign-in, and nothing of the password.
    expect(await sync.lastDetails()).toEqual(account);
    expect(readFileSync(file, 'utf8')).not.toMatch(/secret|serverAdmin/);
  });

  it('sends the password to _session only; every replication request carries the session cookie', async () => {
    const { fetchImpl, seen } = recording();
    const { sync } = connection(keyring, fetchImpl);
    const database = `reader-${Date.now()}-cookie`;
    await sync.signIn({ serverUrl: server.url, database, username: 'ann' }, PASSWORD);
    // A fresh connection (as after a restart) opens its session again from the stored password.
    const restarted = new SyncConnection((sync as unknown as { file: string }).file, keyring, fetchImpl);
    await restarted.info();
    await restarted.changes({ since: 0, limit: 10 });
    const withPassword = seen.filter((request) => request.body.includes(PASSWORD));
    expect(withPassword.map((request) => new URL(request.url).pathname)).toEqual(['/_session', '/_session']);
    expect(seen.filter((request) => request.auth !== null)).toEqual([]);
    expect(seen.length).toBeGreaterThan(4);
  });

  it('keeps nothing when the system cannot encrypt the password', async () => {
    const { sync } = connection({ ...keyring, isAvailable: () => false });
    await expect(sync.signIn({ serverUrl: server.url, database: 'ann', username: 'ann' }, 'pw')).rejects.toThrow(
      'cannot encrypt',
    );
    expect(await sync.account()).toBeNull();
  });

  it('refuses Linux’s basic_text keyring, which would keep the password with a built-in key', async () => {
    const { sync, file } = connection({ ...keyring, backend: () => 'basic_text' });
    await expect(sync.signIn({ serverUrl: server.url, database: 'ann', username: 'ann' }, PASSWORD)).rejects.toThrow(
      'No system keyring is running',
    );
    expect(await sync.account()).toBeNull();
    expect(() => readFileSync(file)).toThrow();
  });

  it('tells the reader in words, never a status code, when the server refuses', async () => {
    const refusing = (async () => new Response('{"error":"nope"}', { status: 418 })) as typeof fetch;
    const { sync } = connection(keyring, refusing);
    const failure = sync.signIn({ serverUrl: 'https://couch.example.org', database: 'ann', username: 'ann' }, 'pw');
    await expect(failure).rejects.toThrow('does not understand');
    await expect(failure).rejects.not.toThrow(/418/);
    const unreachable = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expect(
      connection(keyring, unreachable).sync.signIn(
        { serverUrl: 'http://127.0.0.1:6379/', database: 'ann', username: 'ann' },
        'pw',
      ),
    ).rejects.toThrow('cannot be reached');
  });

  it.each([
    ['http://couch.example.org', 'must use https'],
    ['ftp://127.0.0.1', 'must use https'],
    ['https://ann:pw@couch.example.org', 'own fields'],
    ['not an address', 'not a web address'],
    ['https://169.254.169.254/', 'link-local'],
    ['http://localhost:5984/../_config/', 'own address'],
    ['https://couch.example.org/_users/', 'own address'],
  ])('refuses the server address %s', (address, message) => {
    expect(checkServerUrl(address)).toMatchObject({ ok: false, message: expect.stringContaining(message) });
  });

  it('builds every request inside the database, encoding each part', () => {
    const account = { serverUrl: 'https://couch.example.org/prefix', database: 'ann', username: 'ann' };
    expect(databaseUrl(account, ['_changes'], { since: '0', limit: '100' }).href).toBe(
      'https://couch.example.org/prefix/ann/_changes?since=0&limit=100',
    );
    expect(databaseUrl(account, ['_local', '../../_config']).href).toBe(
      'https://couch.example.org/prefix/ann/_local/..%2F..%2F_config',
    );
    expect(databaseUrl(account).href).toBe('https://couch.example.org/prefix/ann/');
  });
});

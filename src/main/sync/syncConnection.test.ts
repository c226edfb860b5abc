// The sync connection against a real pouchdb-server: sign-in keeps only an encrypted password,
// requests reach only the reader's database, and bad addresses and answers are refused clearly.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer, type SyncServer } from '../../../test/sync/pouchServer';
import { checkServerUrl, requestUrl, SyncConnection, type SecretBox } from './syncConnection';

/** Stands in for the system keyring: reversible, but never the plain text on disk. */
const keyring: SecretBox = {
  isAvailable: () => true,
  encrypt: (text) => Buffer.from([...Buffer.from(text, 'utf8')].map((byte) => byte ^ 0x5a)),
  decrypt: (data) => Buffer.from([...data].map((byte) => byte ^ 0x5a)).toString('utf8'),
};

let server: SyncServer;
beforeAll(async () => {
  server = await startSyncServer();
  await server.addAdmin('ann', 'correct horse battery');
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

function connection(secrets: SecretBox = keyring, fetchImpl?: typeof fetch): { sync: SyncConnection; file: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'summit-sync-')), 'sync.json');
  return { sync: new SyncConnection(file, secrets, fetchImpl), file };
}

describe('the sync connection', () => {
  it('signs in, creating the database, and keeps the password only encrypted', async () => {
    const { sync, file } = connection();
    const account = { serverUrl: server.url, database: `reader-${Date.now()}`, username: 'ann' };
    await sync.signIn(account, 'correct horse battery');
    expect(await sync.account()).toEqual(account);
    expect(readFileSync(file, 'utf8')).not.toContain('correct horse');
    const info = await sync.request({ method: 'GET', path: '', body: null, contentType: null });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({ db_name: account.database });
    // A server that lost the database gets it back on the next sync.
    await fetch(`${server.url}${account.database}`, {
      method: 'DELETE',
      headers: { Authorization: `Basic ${Buffer.from('ann:correct horse battery').toString('base64')}` },
    });
    expect((await sync.request({ method: 'GET', path: '', body: null, contentType: null })).status).toBe(200);
    // The server checks the password: a wrong one is refused.
    await expect(connection().sync.signIn({ ...account, database: 'other' }, 'wrong horse')).rejects.toThrow('refused');
    await sync.signOut();
    expect(await sync.account()).toBeNull();
    // Signing out forgets the password but keeps the address, database and user name.
    expect(await sync.remembered()).toEqual(account);
    expect(readFileSync(file, 'utf8')).not.toContain('secret');
    await expect(sync.request({ method: 'GET', path: '', body: null, contentType: null })).rejects.toThrow(
      'not set up',
    );
  });

  it('sends the password to the server and tells the reader when it is refused', async () => {
    const seen: string[] = [];
    const refusing = (async (_url: URL, init: RequestInit) => {
      seen.push(String((init.headers as Record<string, string>).Authorization));
      return new Response('{"error":"unauthorized"}', { status: 401 });
    }) as typeof fetch;
    const { sync } = connection(keyring, refusing);
    await expect(
      sync.signIn({ serverUrl: 'https://couch.example.org', database: 'ann', username: 'ann' }, 'wrong'),
    ).rejects.toThrow('refused this user name and password');
    expect(seen).toEqual([`Basic ${Buffer.from('ann:wrong').toString('base64')}`]);
    expect(await sync.account()).toBeNull();
  });

  it('keeps nothing when the system cannot encrypt the password', async () => {
    const { sync } = connection({ ...keyring, isAvailable: () => false });
    await expect(sync.signIn({ serverUrl: server.url, database: 'ann', username: 'ann' }, 'pw')).rejects.toThrow(
      'cannot encrypt',
    );
    expect(await sync.account()).toBeNull();
  });

  it.each([
    ['http://couch.example.org', 'must use https'],
    ['ftp://127.0.0.1', 'must use https'],
    ['https://ann:pw@couch.example.org', 'own fields'],
    ['not an address', 'not a web address'],
  ])('refuses the server address %s', (address, message) => {
    expect(checkServerUrl(address)).toMatchObject({ ok: false, message: expect.stringContaining(message) });
  });

  it.each(['../_users', '/_all_dbs', 'https://elsewhere.example.org/x', '%2e%2e/_config', 'a/../../b', '\\\\x'])(
    'keeps the request %s inside the reader’s database',
    (path) => {
      expect(
        requestUrl({ serverUrl: 'https://couch.example.org/', database: 'ann', username: 'ann' }, path),
      ).toBeNull();
    },
  );

  it('reaches the database’s own documents and changes', () => {
    const account = { serverUrl: 'https://couch.example.org/prefix', database: 'ann', username: 'ann' };
    expect(requestUrl(account, '_changes?since=0&limit=100')?.href).toBe(
      'https://couch.example.org/prefix/ann/_changes?since=0&limit=100',
    );
    expect(requestUrl(account, 'highlight%3Ah1?revs=true')?.href).toBe(
      'https://couch.example.org/prefix/ann/highlight%3Ah1?revs=true',
    );
  });
});

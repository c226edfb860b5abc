// Sync failures in words (the shared wording, checked here where real network failures can be made): real failures made here (a closed port, a server that never answers)
// and the shapes TLS, CouchDB and PouchDB give, each a sentence that says what to do.

import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeSyncError, SYNC_WORDS } from '../../shared/sync/syncErrorWords';
import { SyncConnection } from './syncConnection';
import { testKeyring } from '../../../test/sync/testKeyring';

const keyring = testKeyring;

const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

/** A port on this computer with a listener that accepts and never answers, or none at all. */
async function port(listening: boolean): Promise<number> {
  const server = createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const number = typeof address === 'object' && address ? address.port : 0;
  if (listening) servers.push(server);
  else await new Promise((resolve) => server.close(resolve));
  return number;
}

async function failureOf(request: Promise<unknown>): Promise<unknown> {
  try {
    await request;
  } catch (error) {
    return error;
  }
  throw new Error('the request succeeded');
}

describe('sync failures in words', () => {
  it('says nothing answers at an address where nothing listens, never "fetch failed"', async () => {
    const error = await failureOf(fetch(`http://127.0.0.1:${await port(false)}/`));
    expect(String((error as Error).message)).toBe('fetch failed');
    expect(describeSyncError(error)).toEqual({ kind: 'offline', message: SYNC_WORDS.refused });
  });

  it('says the server took too long when it never answers', async () => {
    const signal = AbortSignal.timeout(200);
    const error = await failureOf(fetch(`http://127.0.0.1:${await port(true)}/`, { signal }));
    expect(describeSyncError(error)).toEqual({ kind: 'offline', message: SYNC_WORDS.timeout });
  });

  it.each([
    ['an unknown host', { message: 'fetch failed', cause: { code: 'ENOTFOUND' } }, 'unreachable'],
    ['a self-signed certificate', { message: 'fetch failed', cause: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' } }, 'tls'],
    ['an expired certificate', { message: 'fetch failed', cause: { code: 'CERT_HAS_EXPIRED' } }, 'tls'],
    ['a certificate for another name', { cause: { code: 'ERR_TLS_CERT_ALTNAME_INVALID' } }, 'tls'],
    ['a full server (507)', { status: 507, name: 'insufficient_storage' }, 'full'],
    ['a full disk on the server', { status: 500, reason: 'ENOSPC' }, 'full'],
    ['a database that vanished', { status: 404, name: 'not_found', reason: 'Database does not exist.' }, 'vanished'],
    [
      'a refused password',
      { status: 401, name: 'unauthorized', reason: 'Name or password is incorrect.' },
      'refusedLogin',
    ],
    ['a database not shared with the user', { status: 403, name: 'forbidden' }, 'forbidden'],
    ['a library’s own words', { status: 412, name: 'missing_id', message: '_id is required for puts' }, 'unknown'],
  ] as const)('says what to do about %s', (_what, error, words) => {
    const problem = describeSyncError(error);
    expect(problem.message).toBe(SYNC_WORDS[words]);
    expect(problem.message).not.toMatch(/fetch failed|_id|ENOTFOUND|CERT_|ENOSPC/);
  });

  it('keeps the kind of words main already chose, when they come back through the page', () => {
    // The page's PouchDB hands main's sentence on as a TypeError's message.
    expect(describeSyncError(new TypeError(SYNC_WORDS.refused))).toEqual({
      kind: 'offline',
      message: SYNC_WORDS.refused,
    });
    expect(describeSyncError(new TypeError(SYNC_WORDS.tls))).toEqual({ kind: 'error', message: SYNC_WORDS.tls });
  });

  it('tells apart, at sign-in, nothing listening, a certificate that cannot be trusted and no such host', async () => {
    const account = (serverUrl: string) => ({ serverUrl, database: 'notes', username: 'ann' });
    const file = () => join(mkdtempSync(join(tmpdir(), 'summit-words-')), 'sync.json');
    const closed = new SyncConnection(file(), keyring);
    await expect(closed.signIn(account(`http://127.0.0.1:${await port(false)}/`), 'pw')).rejects.toThrow(
      SYNC_WORDS.refused,
    );
    const failing = (cause: object) =>
      (async () => {
        throw new TypeError('fetch failed', { cause });
      }) as typeof fetch;
    const untrusted = new SyncConnection(file(), keyring, failing({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }));
    await expect(untrusted.signIn(account('https://couch.example.org/'), 'pw')).rejects.toThrow(SYNC_WORDS.tls);
    const nowhere = new SyncConnection(file(), keyring, failing({ code: 'ENOTFOUND' }));
    await expect(nowhere.signIn(account('https://couch.example.org/'), 'pw')).rejects.toThrow(SYNC_WORDS.unreachable);
  });

  it('passes the app’s own sentences through as they are', () => {
    const error = new Error('The server must use https (plain http only on this computer).');
    expect(describeSyncError(error)).toEqual({ kind: 'error', message: error.message });
  });
});

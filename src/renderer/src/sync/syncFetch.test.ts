// The page's `fetch` for PouchDB: the replication requests map onto main's typed operations, and
// every other request is refused in the page, without calling main.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_GLOBAL } from '../../../shared/ipc/api';
import { fetchThroughMain, REMOTE_BASE } from './syncFetch';

let calls: { method: string; args: unknown[] }[] = [];

beforeEach(() => {
  calls = [];
  const bridge = new Proxy(
    {},
    {
      get:
        (_target, method: string) =>
        async (...args: unknown[]) => {
          calls.push({ method, args });
          if (method === 'syncReadCheckpoint') return { ok: true, value: { doc: null } };
          if (method === 'syncInfo')
            return { ok: true, value: { uuid: 'u1', database: { db_name: 'x', update_seq: 0, doc_count: 0 } } };
          return { ok: true, value: { results: [], last_seq: 0 } };
        },
    },
  );
  Object.defineProperty(window, API_GLOBAL, { value: bridge, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(window, API_GLOBAL);
});

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

describe('fetchThroughMain', () => {
  it('maps replication requests onto the typed operations', async () => {
    expect((await fetchThroughMain(`${REMOTE_BASE}_local/abc%3D%3D`)).status).toBe(404);
    await fetchThroughMain(`${REMOTE_BASE}_changes?style=all_docs&since=7&limit=100`);
    await fetchThroughMain(`${REMOTE_BASE}_bulk_get?revs=true&latest=true`, post({ docs: [] }));
    expect(await (await fetchThroughMain('https://sync.summit-reader.invalid/')).json()).toMatchObject({ uuid: 'u1' });
    expect(calls.map((call) => [call.method, ...call.args])).toEqual([
      ['syncReadCheckpoint', '_local/abc=='],
      ['syncChanges', { since: 7, limit: 100 }],
      ['syncBulkGet', { docs: [] }],
      ['syncInfo'],
    ]);
  });

  it.each([
    ['GET', '_design/x/_show/h', undefined],
    ['POST', '_design/x/_update/u', '{}'],
    ['PUT', '_design/x', '{"shows":{}}'],
    ['PUT', '_security', '{}'],
    ['DELETE', '', undefined],
    ['GET', '_all_docs?include_docs=true', undefined],
    ['GET', '_changes?style=all_docs&since=0&limit=10&include_docs=true', undefined],
    ['GET', '_changes?style=all_docs&since=0&limit=10&filter=_view&view=x/y', undefined],
    ['POST', '_bulk_get?revs=true&attachments=true', '{"docs":[]}'],
    ['DELETE', '_local/abc', undefined],
    ['GET', '../_users/org.couchdb.user:ann', undefined],
    ['GET', '../_config', undefined],
    ['PUT', 'highlight:h1', '{}'],
  ])('refuses %s %s without asking main', async (method, path, body) => {
    const response = await fetchThroughMain(`${REMOTE_BASE}${path}`, { method, body });
    expect(response.status).toBe(403);
    expect(calls).toEqual([]);
  });

  it('refuses other servers without asking main', async () => {
    for (const address of ['https://169.254.169.254/', 'http://127.0.0.1:6379/', 'https://10.0.0.1:8443/admin/'])
      expect((await fetchThroughMain(address)).status).toBe(403);
    expect(calls).toEqual([]);
  });
});

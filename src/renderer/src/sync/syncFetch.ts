// The `fetch` the page's PouchDB uses for the sync server: each request PouchDB makes while
// replicating is mapped onto one of main's typed replication operations; anything else (another
// path, method or query, a design document, an attachment) is refused here and has no way to be
// asked of main. The page names no server: main sends each operation to the signed-in database.

import { callMain } from '../ipc/client';
import type { IpcArgs, IpcMethod, IpcReturn } from '../../../shared/ipc/contract';

/** A name for the remote inside the page only; it is never contacted. */
export const REMOTE_BASE = 'https://sync.summit-reader.invalid/reader/';

function json(status: number, value: unknown): Response {
  return new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });
}

function refused(what: string): Response {
  return json(403, { error: 'forbidden', reason: `Sync does not make this request: ${what.slice(0, 100)}` });
}

async function call<M extends IpcMethod>(method: M, ...args: IpcArgs<M>): Promise<IpcReturn<M>> {
  const result = await callMain(method, ...args);
  // A failure is already in words (main wrote them); PouchDB passes it on as the round's error.
  if (!result.ok) throw new TypeError(result.error.message);
  return result.value;
}

async function bodyOf(init: RequestInit): Promise<unknown> {
  const text =
    typeof init.body === 'string' ? init.body : init.body == null ? '' : await new Response(init.body).text();
  return JSON.parse(text) as unknown;
}

/** The query's names must be exactly these (some may be missing); returns the values or null. */
function onlyParams(url: URL, allowed: string[]): Record<string, string> | null {
  const values: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (!allowed.includes(name) || name in values) return null;
    values[name] = value;
  }
  return values;
}

type Route = (url: URL, init: RequestInit) => Promise<Response>;

const routes: Record<string, Route> = {
  'GET ': async () => json(200, (await call('syncInfo')).database),
  'GET _changes': async (url) => {
    const params = onlyParams(url, ['style', 'since', 'limit']);
    if (!params || params.style !== 'all_docs' || !params.limit) return refused(`_changes${url.search}`);
    const since = /^\d+$/.test(params.since ?? '0') ? Number(params.since ?? 0) : (params.since as string);
    return json(200, await call('syncChanges', { since, limit: Number(params.limit) }));
  },
  'POST _revs_diff': async (_url, init) =>
    json(200, await call('syncRevsDiff', (await bodyOf(init)) as IpcArgs<'syncRevsDiff'>[0])),
  'POST _bulk_get': async (url, init) => {
    const params = onlyParams(url, ['revs', 'latest']);
    if (!params || params.revs !== 'true') return refused(`_bulk_get${url.search}`);
    return json(200, await call('syncBulkGet', (await bodyOf(init)) as IpcArgs<'syncBulkGet'>[0]));
  },
  'POST _bulk_docs': async (_url, init) =>
    json(201, await call('syncBulkDocs', (await bodyOf(init)) as IpcArgs<'syncBulkDocs'>[0])),
};

async function checkpoint(method: string, id: string, init: RequestInit): Promise<Response> {
  if (method === 'GET') {
    const { doc } = await call('syncReadCheckpoint', id);
    return doc ? json(200, doc) : json(404, { error: 'not_found', reason: 'missing' });
  }
  if (method !== 'PUT') return refused(`${method} ${id}`);
  const doc = (await bodyOf(init)) as IpcArgs<'syncWriteCheckpoint'>[0];
  if (doc._id !== id) return refused(`a checkpoint under another name`);
  const written = await call('syncWriteCheckpoint', doc);
  return json(201, { ok: true, ...written });
}

/** A `fetch` for PouchDB that makes each replication request through main. */
export async function fetchThroughMain(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  const base = new URL(REMOTE_BASE);
  const method = (init.method ?? 'GET').toUpperCase();
  if (url.origin !== base.origin) return refused(url.origin);
  // The server's root: only its uuid, which ties replication checkpoints to the server.
  if (url.pathname === '/' && method === 'GET' && url.search === '')
    return json(200, { couchdb: 'Welcome', uuid: (await call('syncInfo')).uuid ?? undefined });
  if (!url.pathname.startsWith(base.pathname)) return refused(url.pathname);
  const path = url.pathname.slice(base.pathname.length);
  const local = /^_local\/([^/]+)$/.exec(path);
  if (local && url.search === '') return checkpoint(method, `_local/${decodeURIComponent(local[1])}`, init);
  const route = routes[`${method} ${path}`];
  if (!route || (path === '' && url.search !== '')) return refused(`${method} ${path}`);
  return route(url, init);
}

// The sync server as the page's PouchDB sees it: an address that is never contacted, whose every
// request main makes instead, to the one database the reader signed in to, with the stored
// password. The page itself has no network access and never holds the password.

import PouchDB from 'pouchdb-browser';
import { callMain } from '../ipc/client';
import { SYNC_METHODS, type SyncRequest } from '../../../shared/sync/syncApi';

/** A name for the remote inside the page only; main decides where requests really go. */
export const REMOTE_BASE = 'https://sync.summit-reader.invalid/reader/';

function headerOf(headers: HeadersInit | undefined, name: string): string | null {
  if (!headers) return null;
  return new Headers(headers).get(name);
}

/** A `fetch` for PouchDB that hands each request to main. */
export async function fetchThroughMain(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  const base = new URL(REMOTE_BASE);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname))
    return new Response(JSON.stringify({ error: 'forbidden', reason: 'outside the reader’s database' }), {
      status: 403,
    });
  const method = (init.method ?? 'GET').toUpperCase() as SyncRequest['method'];
  if (!SYNC_METHODS.includes(method)) return new Response('{"error":"method_not_allowed"}', { status: 405 });
  const body =
    typeof init.body === 'string' ? init.body : init.body == null ? null : await new Response(init.body).text();
  const result = await callMain('syncRequest', {
    method,
    path: `${url.pathname.slice(base.pathname.length)}${url.search}`,
    body,
    contentType: headerOf(init.headers, 'Content-Type'),
  });
  if (!result.ok) throw new TypeError(result.error.message);
  const { status, contentType, body: text } = result.value;
  return new Response(status === 204 || status === 304 || method === 'HEAD' ? null : text, {
    status,
    headers: contentType ? { 'Content-Type': contentType } : {},
  });
}

export function remoteReplica(): unknown {
  return new PouchDB(REMOTE_BASE, { fetch: fetchThroughMain, skip_setup: true });
}

export function localReplica(): unknown {
  return new PouchDB('summit-reader-sync');
}

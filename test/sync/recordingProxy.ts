// Test support: what the sync server may be asked once a reader is signed in (the replication
// operations main makes and nothing else), and a recording proxy that sits in front of a server
// and keeps every request it passes on.

import { createServer, request as forward, type Server } from 'node:http';

/** Whether a request is one of main's replication operations inside `database`. */
export function allowedRequest(method: string, url: URL, database: string): boolean {
  const path = url.pathname;
  if (path === '/_session') return method === 'POST';
  if (path === '/') return method === 'GET' && url.search === '';
  const prefix = `/${database}/`;
  if (!path.startsWith(prefix)) return false;
  const rest = path.slice(prefix.length);
  if (rest === '') return (method === 'GET' || method === 'PUT') && url.search === '';
  if (/^_local\/[A-Za-z0-9._=+%-]+$/.test(rest) && !rest.includes('%2F')) return method === 'GET' || method === 'PUT';
  const query = [...url.searchParams.keys()].sort().join(',');
  if (rest === '_changes') return method === 'GET' && query === 'limit,since,style';
  if (rest === '_revs_diff' || rest === '_bulk_docs') return method === 'POST' && query === '';
  if (rest === '_bulk_get') return method === 'POST' && query === 'latest,revs';
  return false;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RecordingProxy {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A proxy on 127.0.0.1 that records each request and passes it to `target`. */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const upstream = new URL(target);
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({
        method: incoming.method ?? 'GET',
        url: incoming.url ?? '/',
        headers: incoming.headers,
        body: body.toString('utf8'),
      });
      const passed = forward(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, host: upstream.host },
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      passed.on('error', () => outgoing.destroy());
      passed.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('The proxy has no port.');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A "canary" server on 127.0.0.1 that answers every request as an open CouchDB would (so an
 * attack that reached it would seem to work) and records what it received.
 */
export async function startCanary(): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    requests.push({ method: incoming.method ?? 'GET', url: incoming.url ?? '/', headers: incoming.headers, body: '' });
    outgoing.writeHead(200, {
      'Content-Type': 'application/json',
      'Set-Cookie': 'AuthSession=canary; Path=/; HttpOnly',
    });
    outgoing.end('{"ok":true,"name":"reader","roles":["_admin"],"db_name":"x","update_seq":0,"uuid":"canary"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('The canary has no port.');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

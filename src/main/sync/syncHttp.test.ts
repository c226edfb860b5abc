// Answers are read as a stream and cut off past the limit: a hostile server streaming 400 MB does
// not fill main's memory. Requests in flight are capped.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncConnection } from './syncConnection';
import { MAX_REQUESTS_IN_FLIGHT, SyncHttp } from './syncHttp';

const STREAMED_BYTES = 400 * 1024 * 1024;
let hostile: ChildProcess;
let port = 0;
const reports: { sent: number }[] = [];

beforeAll(async () => {
  // Its own process, so the server's buffers never count against this one's memory.
  hostile = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, '../../../test/sync/hostileServer.ts'), String(STREAMED_BYTES)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (!hostile.stdout) throw new Error('The hostile server has no output.');
  const lines = createInterface({ input: hostile.stdout });
  port = await new Promise<number>((resolve) =>
    lines.on('line', (line) => {
      const message = JSON.parse(line) as { port?: number; sent?: number };
      if (message.port) resolve(message.port);
      else reports.push(message as { sent: number });
    }),
  );
});
afterAll(() => {
  if (hostile.pid) process.kill(hostile.pid);
});

describe('bounded sync answers', () => {
  it('refuses a 400 MB answer while main’s memory grows by less than 100 MB', async () => {
    const keyring = {
      isAvailable: () => true,
      encrypt: (text: string) => Buffer.from(text),
      decrypt: (data: Buffer) => data.toString(),
    };
    const sync = new SyncConnection(join(mkdtempSync(join(tmpdir(), 'summit-sync-')), 'sync.json'), keyring);
    // Warm up: the HTTP client's own code is loaded before the baseline is taken.
    await (await fetch(`http://127.0.0.1:${port}/_session`, { method: 'POST' })).text();
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const signIn = sync.signIn({ serverUrl: `http://127.0.0.1:${port}/`, database: 'ann', username: 'ann' }, 'pw');
    await expect(signIn).rejects.toThrow('more than a sync answer can hold');
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const grewMb = (peak - before) / 1024 / 1024;
    console.log(`Memory grew by ${grewMb.toFixed(1)} MB while the server streamed up to 400 MB.`);
    expect(grewMb).toBeLessThan(100);
    // The transfer was stopped, not read to its end.
    await expect.poll(() => reports.length).toBeGreaterThan(0);
    expect(reports[0].sent).toBeLessThan(STREAMED_BYTES / 2);
  }, 120_000);

  it(`keeps at most ${MAX_REQUESTS_IN_FLIGHT} requests in flight and refuses a flood`, async () => {
    const started: (() => void)[] = [];
    const waiting = (() =>
      new Promise<Response>((resolve) => started.push(() => resolve(new Response('{}'))))) as unknown as typeof fetch;
    const http = new SyncHttp(waiting);
    const url = new URL('http://127.0.0.1:1/');
    const sends = Array.from({ length: 20 }, () => http.send({ method: 'GET', url }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).toHaveLength(MAX_REQUESTS_IN_FLIGHT);
    expect(http.active).toBe(MAX_REQUESTS_IN_FLIGHT);
    let refused = 0;
    const flood = Array.from({ length: 100 }, () =>
      http.send({ method: 'GET', url }).catch(() => {
        refused++;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(refused).toBeGreaterThan(0);
    expect(started).toHaveLength(MAX_REQUESTS_IN_FLIGHT);
    while (started.length > 0) {
      started.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all(sends);
    await Promise.allSettled(flood);
  });
});

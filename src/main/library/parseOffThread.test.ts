import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSER_VERSION } from '../corpus/parseDocument';
import { loadLibraryService } from './loadCorpus';
import {
  oneAtATime,
  PARSE_MEMORY_LIMIT_MB,
  parseInThisThread,
  workerParser,
  type DocumentParser,
} from './parseOffThread';

const corpus = join(import.meta.dirname, '..', '..', '..', 'resources', 'corpus');
const post = new TextEncoder().encode(
  "---\ntitle: 'The Python Language Summit 2031: Engines'\n---\n\nAda Lovelace presented.\n",
);

describe('parsing off the main thread', () => {
  it('gives up on a document that takes too long, with a message, and ends the worker', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'summit-worker-'));
    const stuck = join(folder, 'stuck.mjs');
    writeFileSync(
      stuck,
      "import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => { for (;;) {} });",
    );
    const started = Date.now();
    const result = await workerParser(stuck, 300)(post);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('took longer than 0.3 s') });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports a worker that fails', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'summit-worker-'));
    const broken = join(folder, 'broken.mjs');
    writeFileSync(broken, "throw new Error('no parser here');");
    expect(await workerParser(broken, 5000)(post)).toEqual({
      ok: false,
      error: expect.stringContaining('no parser here'),
    });
  });
});

describe('the parse queue and the memory limit', () => {
  it(`gives each worker at most ${PARSE_MEMORY_LIMIT_MB} MB of heap`, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'summit-worker-'));
    const reporting = join(folder, 'limit.mjs');
    // Reports the heap limit it runs under as its "error", so nothing is allocated to find it.
    writeFileSync(
      reporting,
      "import { parentPort } from 'node:worker_threads'; import v8 from 'node:v8'; parentPort.on('message', () => parentPort.postMessage({ ok: false, error: String(v8.getHeapStatistics().heap_size_limit) }));",
    );
    const result = await workerParser(reporting, 5000)(post);
    const limit = Number(result.ok ? NaN : result.error);
    expect(limit).toBeGreaterThan(0);
    expect(limit).toBeLessThanOrEqual(PARSE_MEMORY_LIMIT_MB * 1024 * 1024);
  });

  it('runs parses one at a time, in order, whether each succeeds or fails', async () => {
    const queue = oneAtATime();
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const job = (index: number, fails: boolean) => () =>
      new Promise<number>((resolve, reject) => {
        running++;
        most = Math.max(most, running);
        releases.push(() => {
          running--;
          order.push(index);
          if (fails) reject(new Error('bad file'));
          else resolve(index);
        });
      });
    const results = [queue(job(0, false)), queue(job(1, true)), queue(job(2, false))].map((run) =>
      run.catch(() => 'failed'),
    );
    for (let step = 0; step < 3; step++) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      releases.shift()?.();
    }
    expect(await Promise.all(results)).toEqual([0, 'failed', 2]);
    expect(order).toEqual([0, 1, 2]);
    expect(most).toBe(1);
  });

  it('makes every worker parser in the process share the one queue', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'summit-worker-'));
    const busy = join(folder, 'busy');
    const exclusive = join(folder, 'exclusive.mjs');
    // Each parse holds a lock file for a while: a second parse running meanwhile cannot create it.
    writeFileSync(
      exclusive,
      `import { parentPort } from 'node:worker_threads'; import { writeFileSync, rmSync } from 'node:fs';
parentPort.on('message', () => {
  try { writeFileSync(${JSON.stringify(busy)}, '', { flag: 'wx' }); } catch { parentPort.postMessage({ ok: false, error: 'overlap' }); return; }
  const until = Date.now() + 150; while (Date.now() < until) {}
  rmSync(${JSON.stringify(busy)});
  parentPort.postMessage({ ok: false, error: 'alone' });
});`,
    );
    // Two parsers, as imports and restores each hold one: both wait in the same queue.
    const results = await Promise.all([
      workerParser(exclusive, 5000)(post),
      workerParser(exclusive, 5000)(post),
      workerParser(exclusive, 5000)(post),
    ]);
    expect(results.map((result) => (result.ok ? 'ok' : result.error))).toEqual(['alone', 'alone', 'alone']);
  });
});

describe('stored parses of imported documents', () => {
  it('are written on import and used at the next start instead of parsing again', async () => {
    const documents = mkdtempSync(join(tmpdir(), 'summit-parsed-'));
    const first = (await loadLibraryService(corpus, documents)).service;
    expect((await first.importFile('engines.md', post)).ok).toBe(true);
    const parsedFile = readdirSync(documents).find((name) => name.endsWith('.parsed'));
    expect(JSON.parse(readFileSync(join(documents, parsedFile ?? ''), 'utf8')).parserVersion).toBe(PARSER_VERSION);

    let parses = 0;
    const counting: DocumentParser = async (bytes) => {
      parses++;
      return parseInThisThread(bytes);
    };
    const again = (await loadLibraryService(corpus, documents, counting)).service;
    expect(parses).toBe(0);
    expect(again.current().index.summits.some((summit) => summit.year === 2031)).toBe(true);

    // Parses from another version of the parsers are not trusted: the source is read again.
    const path = join(documents, parsedFile ?? '');
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), parserVersion: -1 }));
    const upgraded = (await loadLibraryService(corpus, documents, counting)).service;
    expect(parses).toBe(1);
    expect(upgraded.current().index.summits.some((summit) => summit.year === 2031)).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8')).parserVersion).toBe(PARSER_VERSION);
  });
});

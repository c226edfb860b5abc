import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSER_VERSION } from '../corpus/parseDocument';
import { loadLibraryService } from './loadCorpus';
import { parseInThisThread, workerParser, type DocumentParser } from './parseOffThread';

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

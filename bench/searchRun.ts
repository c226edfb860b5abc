// One process of the search benchmark (run three times by search.bench.ts): engines measured
// interleaved per query, 20 passes, per query class; stored-index load against a rebuild; how long
// the main thread is held while a worker loads the index; and export of 10,000 highlights.
// Prints one JSON object.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { deserialize, serialize } from 'node:v8';
import MiniSearch from 'minisearch';
import { PackableMiniSearch, type PackedIndex } from '../src/shared/search/packedIndex';
import { loadBundledLibrary } from '../test/fixtures/bundledCorpus';
import type { SearchCorpus } from '../src/shared/search/searchCorpus';
import { corpusIndexOptions } from '../src/shared/search/searchConfig';
import { SearchEngine } from '../src/shared/search/searchEngine';
import { measureExport } from './exportRun';
import { fts5Engine, miniSearchEngine, scanEngine, type BenchEngine } from './engines';
import { BENCH_QUERIES } from './queries';
import { realDocumentsCorpus, repeated, varied } from './scaleCorpus';

const root = join(import.meta.dirname, '..');
const PASSES = 20;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Every query on every engine, in a rotating engine order, pass after pass. */
function measureInterleaved(engines: BenchEngine[], passes: number): Record<string, Record<string, number[]>> {
  const samples: Record<string, Record<string, number[]>> = {};
  for (const engine of engines) {
    samples[engine.name] = { all: [] };
    for (const { query } of BENCH_QUERIES) engine.query(query);
  }
  for (let pass = 0; pass < passes; pass++) {
    BENCH_QUERIES.forEach(({ query, kind }, index) => {
      for (let turn = 0; turn < engines.length; turn++) {
        const engine = engines[(pass + index + turn) % engines.length];
        const ms = time(() => engine.query(query));
        samples[engine.name].all.push(ms);
        (samples[engine.name][kind] ??= []).push(ms);
      }
    });
  }
  return samples;
}

async function mainThreadHeldWhileLoading(stored: Uint8Array): Promise<number> {
  const path = join(mkdtempSync(join(tmpdir(), 'summit-bench-')), 'index.bin');
  writeFileSync(path, stored);
  const worker = new Worker(join(import.meta.dirname, 'loadWorker.mjs'), { workerData: { path } });
  const nextMessage = (): Promise<unknown> =>
    new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  await nextMessage();
  let last = performance.now();
  let maxGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 1);
  const loaded = nextMessage();
  worker.postMessage('load');
  await loaded;
  clearInterval(ticker);
  await worker.terminate();
  return Math.max(0, maxGap - 1);
}

function median(values: number[]): number {
  return percentile(values, 50);
}

async function measureCorpus(corpus: SearchCorpus, passes: number): Promise<Record<string, number>> {
  const mini = miniSearchEngine(corpus);
  const engines = [mini, fts5Engine(corpus), scanEngine(corpus)];
  for (const engine of engines) engine.build();
  const samples = measureInterleaved(engines, passes);
  const figures: Record<string, number> = {};
  for (const [engine, byKind] of Object.entries(samples))
    for (const [kind, values] of Object.entries(byKind)) figures[`${engine}.${kind}.p95`] = percentile(values, 95);
  // What the app keeps is the packed index, read back from IndexedDB as a structured clone (V8's
  // serializer, the one IndexedDB uses): the load is timed from those bytes. MiniSearch's own JSON,
  // which the app kept before, is measured beside it.
  const stored = serialize(mini.engine().pack());
  const json = JSON.stringify(PackableMiniSearch.unpack(deserialize(stored) as PackedIndex, corpusIndexOptions()));
  figures['load.packed'] = median(
    [0, 1, 2].map(() => time(() => SearchEngine.load(corpus, deserialize(stored) as PackedIndex))),
  );
  figures['load.json'] = median([0, 1, 2].map(() => time(() => MiniSearch.loadJSON(json, corpusIndexOptions()))));
  figures.rebuild = median([0, 1, 2].map(() => time(() => SearchEngine.build(corpus))));
  figures.mainThreadHeldMs = await mainThreadHeldWhileLoading(stored);
  return figures;
}

async function main(): Promise<void> {
  const { library } = await loadBundledLibrary();
  const results: Record<string, Record<string, number>> = {};
  results.x1 = await measureCorpus(library.searchCorpus, PASSES);
  results['x50 repeated'] = await measureCorpus(repeated(library.searchCorpus, 50), PASSES);
  // As many copies of the real documents as make about as many talks as fifty bundled corpora.
  const real = realDocumentsCorpus(root);
  const copies = Math.ceil((library.searchCorpus.talks.length * 50) / real.talks.length);
  results['x50 varied'] = await measureCorpus(varied(real, copies), PASSES);
  results.export = measureExport(10_000);
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

await main();

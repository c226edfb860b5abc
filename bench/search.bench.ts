// `npm run bench`: MiniSearch as configured in the app, SQLite FTS5 and a plain scan, on the same
// documents and queries, at the bundled corpus size (x1) and fifty times it (x50). Prints a table
// and writes bench/results.json. Figures are compared as ratios within this one run.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadCorpusDirectory } from '../src/main/library/loadCorpus';
import type { SearchCorpus } from '../src/shared/search/searchCorpus';
import { CORPUS_FIELDS } from '../src/shared/search/searchConfig';
import { SearchEngine } from '../src/shared/search/searchEngine';
import { fts5Engine, miniSearchEngine, scanEngine, type BenchEngine } from './engines';
import { BENCH_QUERIES } from './queries';

type EngineFigures = {
  p50Ms: number;
  p95Ms: number;
  buildMs: number;
  serializedBytes: number;
  loadMs?: number;
  rebuildMs?: number;
  maxMainThreadBlockMs?: number;
};

const root = join(import.meta.dirname, '..');

function replicate(corpus: SearchCorpus, times: number): SearchCorpus {
  if (times === 1) return corpus;
  const talks = [];
  for (let copy = 0; copy < times; copy++) {
    for (const talk of corpus.talks) {
      talks.push({
        ...talk,
        talkId: `${talk.talkId}-r${copy}`,
        blocks: talk.blocks.map((block) => ({ id: `${block.id}-r${copy}`, text: block.text })),
      });
    }
  }
  return { corpusVersion: `${corpus.corpusVersion}-x${times}`, talks };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function median(runs: number, run: () => void): number {
  return percentile(
    Array.from({ length: runs }, () => time(run)),
    50,
  );
}

function measureQueries(engine: BenchEngine, passes: number): { p50Ms: number; p95Ms: number } {
  for (const { query } of BENCH_QUERIES) engine.query(query);
  const samples: number[] = [];
  for (let pass = 0; pass < passes; pass++)
    for (const { query } of BENCH_QUERIES) samples.push(time(() => engine.query(query)));
  return { p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95) };
}

/** Loads the stored index in a worker thread while the main thread measures how long it is held up. */
async function loadInWorker(json: string): Promise<{ workerMs: number; maxMainThreadBlockMs: number }> {
  const path = join(mkdtempSync(join(tmpdir(), 'summit-bench-')), 'index.json');
  writeFileSync(path, json);
  let last = performance.now();
  let maxGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 1);
  const worker = new Worker(join(import.meta.dirname, 'loadWorker.mjs'), {
    workerData: { path, fields: [...CORPUS_FIELDS], storeFields: [] },
  });
  const result = await new Promise<{ ms: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  clearInterval(ticker);
  await worker.terminate();
  // The 1 ms timer itself accounts for 1 ms of each gap.
  return { workerMs: result.ms, maxMainThreadBlockMs: Math.max(0, maxGap - 1) };
}

async function measureSize(corpus: SearchCorpus, passes: number): Promise<Record<string, EngineFigures>> {
  const figures: Record<string, EngineFigures> = {};
  const mini = miniSearchEngine(corpus);
  for (const engine of [mini, fts5Engine(corpus), scanEngine(corpus)]) {
    const buildMs = time(() => engine.build());
    figures[engine.name] = { ...measureQueries(engine, passes), buildMs, serializedBytes: engine.serializedBytes() };
  }
  const json = mini.engine().toJSON();
  const loadMs = median(3, () => SearchEngine.load(corpus, json));
  const rebuildMs = median(3, () => SearchEngine.build(corpus));
  const worker = await loadInWorker(json);
  Object.assign(figures.minisearch, { loadMs, rebuildMs, maxMainThreadBlockMs: worker.maxMainThreadBlockMs });
  return figures;
}

function ratio(value: number, base: number): string {
  return base > 0 ? `${(value / base).toFixed(2)}×` : 'n/a';
}

function printTable(size: string, figures: Record<string, EngineFigures>): void {
  const { fts5, scan } = figures;
  const rows = [['engine', 'metric', 'value', 'vs fts5', 'vs scan']];
  for (const [name, values] of Object.entries(figures)) {
    for (const [metric, value] of Object.entries(values)) {
      const comparable = metric in fts5 && metric in scan;
      const shown = metric === 'serializedBytes' ? `${(value / 1024).toFixed(0)} KiB` : `${value.toFixed(2)} ms`;
      const fts = comparable ? ratio(value, fts5[metric as keyof EngineFigures] as number) : '';
      const baseline = comparable ? ratio(value, scan[metric as keyof EngineFigures] as number) : '';
      rows.push([name, metric, shown, fts, baseline]);
    }
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  console.log(`\n${size}`);
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
}

async function main(): Promise<void> {
  const { library } = await loadCorpusDirectory(join(root, 'resources', 'corpus'));
  const results: Record<string, Record<string, EngineFigures>> = {};
  for (const [size, times, passes] of [
    ['x1', 1, 20],
    ['x50', 50, 3],
  ] as const) {
    const corpus = replicate(library.searchCorpus, times);
    const blocks = corpus.talks.reduce((sum, talk) => sum + talk.blocks.length, 0);
    console.log(
      `${size}: ${corpus.talks.length} talks, ${blocks} blocks, ${BENCH_QUERIES.length} queries × ${passes} passes`,
    );
    results[size] = await measureSize(corpus, passes);
    printTable(size, results[size]);
  }
  const x50 = results.x50;
  console.log('\nTargets at x50:');
  console.log(
    `  MiniSearch p95 ≤ FTS5 p95: ${x50.minisearch.p95Ms.toFixed(2)} ms vs ${x50.fts5.p95Ms.toFixed(2)} ms (${ratio(x50.minisearch.p95Ms, x50.fts5.p95Ms)})`,
  );
  console.log(
    `  Load ≤ 1/5 of rebuild: ${x50.minisearch.loadMs?.toFixed(1)} ms vs ${x50.minisearch.rebuildMs?.toFixed(1)} ms (${ratio(x50.minisearch.loadMs ?? 0, x50.minisearch.rebuildMs ?? 1)})`,
  );
  console.log(
    `  Main thread blocked ≤ 16 ms while loading in a worker: ${x50.minisearch.maxMainThreadBlockMs?.toFixed(1)} ms`,
  );
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWrote bench/results.json');
}

await main();

// `npx tsx bench/corpusParse.bench.ts [--baseline=<src folder of another checkout>]`: how long the
// parsers take over the bundled corpus (resources/corpus), as the median of 61 runs. With a
// baseline, the other checkout's parsers are measured in the same process, interleaved run by
// run, and the ratio of the medians is printed; timings on a shared machine are only comparable so.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocumentBytes } from '../src/main/corpus/parseDocument';

type Parser = (bytes: Uint8Array) => unknown;

const RUNS = 61;
const folder = join(import.meta.dirname, '..', 'resources', 'corpus');
const files = readdirSync(folder)
  .filter((name) => name !== 'SOURCES.md' && name !== 'README.md')
  .map((name) => readFileSync(join(folder, name)));

function timeOnce(parse: Parser): number {
  const started = performance.now();
  for (const bytes of files) parse(bytes);
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const baselineArg = process.argv.find((arg) => arg.startsWith('--baseline='));
const parsers: { name: string; parse: Parser }[] = [{ name: 'this checkout', parse: parseDocumentBytes }];
if (baselineArg) {
  const path = resolve(baselineArg.slice('--baseline='.length), 'main', 'corpus', 'parseDocument.ts');
  const baseline = (await import(path)) as { parseDocumentBytes: Parser };
  parsers.push({ name: 'baseline', parse: baseline.parseDocumentBytes });
}
const times = parsers.map(() => [] as number[]);
for (const parser of parsers) timeOnce(parser.parse);
for (let run = 0; run < RUNS; run++) parsers.forEach((parser, index) => times[index].push(timeOnce(parser.parse)));
parsers.forEach((parser, index) =>
  console.log(
    `${parser.name}: median ${median(times[index]).toFixed(1)} ms over ${RUNS} runs of ${files.length} files`,
  ),
);
if (parsers.length === 2) {
  // Each run's pair was measured back to back, so its ratio is the least disturbed by the load.
  const pairs = times[0].map((time, run) => time / times[1][run]);
  console.log(`ratio of medians (this / baseline): ${(median(times[0]) / median(times[1])).toFixed(2)}`);
  console.log(`median of the runs' ratios: ${median(pairs).toFixed(2)}`);
}

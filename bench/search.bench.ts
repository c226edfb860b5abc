// `npm run bench`: the search benchmark, run as three separate processes (bench/searchRun.ts);
// every figure is reported as the median of the three with its spread (lowest–highest). Engines
// are measured interleaved per query, 20 passes, at the bundled size (x1), the bundled talks
// repeated fifty times (x50 repeated) and every real document with its vocabulary varied per copy
// (x50 varied). Writes bench/results.json.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const PROCESSES = 3;

type Run = Record<string, Record<string, number>>;

const runs: Run[] = [];
for (let run = 0; run < PROCESSES; run++) {
  const output = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'searchRun.ts')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  runs.push(JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Run);
  console.log(`process ${run + 1} of ${PROCESSES} done`);
}

function summary(section: string, figure: string): { median: number; low: number; high: number } {
  const values = runs
    .map((run) => run[section]?.[figure])
    .filter((value) => typeof value === 'number')
    .sort((a, b) => a - b);
  return { median: values[Math.floor(values.length / 2)], low: values[0], high: values.at(-1) ?? 0 };
}

function shown(value: { median: number; low: number; high: number }): string {
  return `${value.median.toFixed(2)} (${value.low.toFixed(2)}–${value.high.toFixed(2)})`;
}

/** A ratio per process, then the median of the three ratios with their spread. */
function ratio(section: string, top: string, bottom: string): { median: number; low: number; high: number } {
  const values = runs.map((run) => run[section][top] / run[section][bottom]).sort((a, b) => a - b);
  return { median: values[Math.floor(values.length / 2)], low: values[0], high: values.at(-1) ?? 0 };
}

const kinds = ['all', 'exact', 'prefix', 'misspelled', 'multi-word', 'phrase', 'filtered', 'short token'];
const report: Record<string, unknown> = {};
for (const section of ['x1', 'x50 repeated', 'x50 varied']) {
  console.log(`\n${section}: p95 in ms, median of ${PROCESSES} processes (lowest–highest)`);
  console.log(
    ['query class'.padEnd(12), 'minisearch'.padEnd(22), 'fts5'.padEnd(22), 'scan'.padEnd(22), 'minisearch/fts5'].join(
      '  ',
    ),
  );
  for (const kind of kinds) {
    const row = ['minisearch', 'fts5', 'scan'].map((engine) =>
      shown(summary(section, `${engine}.${kind}.p95`)).padEnd(22),
    );
    const versus = ratio(section, `minisearch.${kind}.p95`, `fts5.${kind}.p95`);
    console.log(
      [
        kind.padEnd(12),
        ...row,
        `${versus.median.toFixed(2)}× (${versus.low.toFixed(2)}–${versus.high.toFixed(2)})`,
      ].join('  '),
    );
  }
  const loadPacked = ratio(section, 'load.packed', 'rebuild');
  const loadJson = ratio(section, 'load.json', 'rebuild');
  console.log(
    `load of the stored (packed) index ${shown(summary(section, 'load.packed'))} ms, of MiniSearch's JSON ${shown(summary(section, 'load.json'))} ms, rebuild ${shown(summary(section, 'rebuild'))} ms`,
  );
  console.log(
    `load / rebuild: packed ${loadPacked.median.toFixed(2)}× (${loadPacked.low.toFixed(2)}–${loadPacked.high.toFixed(2)}), JSON ${loadJson.median.toFixed(2)}× (${loadJson.low.toFixed(2)}–${loadJson.high.toFixed(2)}); main thread held at most ${shown(summary(section, 'mainThreadHeldMs'))} ms while a worker loads`,
  );
  report[section] = {
    p95VersusFts5: ratio(section, 'minisearch.all.p95', 'fts5.all.p95'),
    loadVersusRebuild: loadPacked,
    jsonLoadVersusRebuild: loadJson,
    raw: runs.map((run) => run[section]),
  };
}
const markdown = summary('export', 'markdownMs');
const backup = summary('export', 'backupMs');
const validate = summary('export', 'validateMs');
console.log(
  `\nExport of 10,000 highlights with notes: Markdown ${shown(markdown)} ms, backup ${shown(backup)} ms (target: each under 300 ms); checking that backup on restore ${shown(validate)} ms`,
);
const routes: [string, string][] = [
  ['default', 'default'],
  ['default through LiquidJS', 'default through LiquidJS (as an edited copy runs)'],
  ['compact', 'compact list'],
  ['logseq', 'Logseq outline'],
];
console.log(
  `Markdown export by template (each talk a file, then all in one file; per process the median of interleaved rounds; ms and ratio to the default in the same round, median of ${PROCESSES} processes with lowest–highest):`,
);
const templates: Record<string, unknown> = {};
for (const [route, label] of routes) {
  const ms = summary('export', `template.${route}`);
  const versus = summary('export', `template.${route}/default`);
  templates[route] = { ms, versusDefault: versus };
  console.log(
    `  ${label.padEnd(54)} ${shown(ms)} ms  ${versus.median.toFixed(2)}× (${versus.low.toFixed(2)}–${versus.high.toFixed(2)})`,
  );
}
report.export = { markdown, backup, validate, templates };
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('\nWrote bench/results.json');

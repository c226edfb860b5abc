// `npm run build && npm run bench:startup`: start-up in the Chromium harness (the app's own main
// process on the Electron stand-in, and Chromium). Measures, interleaved, ten times each: the same
// shell opening a blank page; the app until its library is interactive, on a first launch (new
// profile) and a later one (same profile); and until search is ready. Prints medians and ratios.
// The library counts as interactive once its talks are shown (the app sets `data-library-shown`).
// Then, with a library about fifty times the bundled one, traces the page's main thread on the
// first launch, while the index is built, and on later launches, while the stored index loads
// (from the app's `summit-search-start` mark to its `summit-search-ready`): the longest task, and
// how many ran past one frame (16 ms).

import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchChromiumHost } from '../e2e/chromiumHost';
import { loadBundledLibrary } from '../test/fixtures/bundledCorpus';
import { seedLargeLibrary } from './largeLibrary';
import { traceMainThread, type MainThreadTask, type MainThreadTrace } from './mainThreadTrace';

const RUNS = 10;

interface Sample {
  readyMs: number;
  searchMs: number | null;
}

async function launch(kind: 'blank' | 'first' | 'later', profile: string): Promise<Sample> {
  const started = performance.now();
  const host = await launchChromiumHost(profile, [], { blankPage: kind === 'blank' });
  const page = host.page;
  if (kind === 'blank') {
    await page.waitForLoadState('load');
    const readyMs = performance.now() - started;
    await host.close();
    return { readyMs, searchMs: null };
  }
  await page.locator('html[data-library-shown="true"]').waitFor({ state: 'attached' });
  const readyMs = performance.now() - started;
  await page.locator('html[data-search-index]').waitFor({ state: 'attached' });
  const searchMs = performance.now() - started;
  await host.close();
  return { readyMs, searchMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const samples: Record<string, Sample[]> = { blank: [], first: [], later: [] };
const laterProfile = mkdtempSync(join(tmpdir(), 'summit-startup-later-'));
await launch('first', laterProfile);
for (let run = 0; run < RUNS; run++) {
  for (const kind of ['blank', 'first', 'later'] as const) {
    const profile = kind === 'later' ? laterProfile : mkdtempSync(join(tmpdir(), `summit-startup-${kind}-`));
    samples[kind].push(await launch(kind, profile));
  }
  console.log(`run ${run + 1} of ${RUNS}`);
}
const blank = median(samples.blank.map((sample) => sample.readyMs));
for (const kind of ['first', 'later'] as const) {
  const ready = median(samples[kind].map((sample) => sample.readyMs));
  const search = median(samples[kind].map((sample) => sample.searchMs ?? 0));
  console.log(
    `${kind} launch: library interactive ${ready.toFixed(0)} ms (${(ready / blank).toFixed(2)}× the blank page's ${blank.toFixed(0)} ms), search ready ${search.toFixed(0)} ms`,
  );
}

// A large library: the longest main-thread task while the stored index loads, and over the whole start.
const TRACED_RUNS = 5;
const { library } = await loadBundledLibrary();
const largeProfile = mkdtempSync(join(tmpdir(), 'summit-startup-large-'));
const talks = await seedLargeLibrary(largeProfile, library.searchCorpus.talks.length);

/**
 * Waits for an attribute on the page's root from inside the page (a mutation observer: Playwright's
 * own waiting polls the page with selector queries, main-thread work the app does not do) and
 * returns its value. Nothing else is asked of the page while it is traced: a locator's first use
 * compiles Playwright's own script in the page, a task of 20 ms that is not the app's.
 */
async function attributeSet(page: Page, attribute: string): Promise<string> {
  return page.evaluate(
    (name) =>
      new Promise<string>((resolve) => {
        const root = document.documentElement;
        const observer = new MutationObserver(() => {
          const value = root.getAttribute(name);
          if (value === null) return;
          observer.disconnect();
          resolve(value);
        });
        observer.observe(root, { attributes: true, attributeFilter: [name] });
        const value = root.getAttribute(name);
        if (value !== null) {
          observer.disconnect();
          resolve(value);
        }
      }),
    attribute,
  );
}

interface TracedLaunch {
  duringLoad: MainThreadTask[];
  whole: MainThreadTask[];
  searchMs: number;
  source: string;
  /** How busy the machine's cores were while the index loaded, 0 to 1. */
  busy: number;
}

/** The machine's cores' time so far, busy and in all. */
function coreTimes(): { busy: number; total: number } {
  const times = cpus().map(({ times: { user, nice, sys, irq, idle } }) => ({ busy: user + nice + sys + irq, idle }));
  const busy = times.reduce((sum, time) => sum + time.busy, 0);
  return { busy, total: busy + times.reduce((sum, time) => sum + time.idle, 0) };
}

function markTime(marks: Map<string, number>, name: string): number {
  const time = marks.get(name);
  if (time === undefined) throw new Error(`The trace has no "${name}" mark: the app no longer marks its start-up.`);
  return time;
}

async function tracedLaunch(profile: string): Promise<TracedLaunch> {
  let trace: MainThreadTrace | null = null;
  const started = performance.now();
  const host = await launchChromiumHost(profile, [], {
    beforeLoad: async (page) => {
      trace = await traceMainThread(page);
    },
  });
  const page = host.page;
  await page.waitForLoadState('domcontentloaded');
  await attributeSet(page, 'data-library-shown');
  const before = coreTimes();
  const source = await attributeSet(page, 'data-search-index');
  const searchMs = performance.now() - started;
  const after = coreTimes();
  const busy = (after.busy - before.busy) / (after.total - before.total);
  const { tasks, marks } = await (trace as unknown as MainThreadTrace).stop();
  await host.close();
  const loadStarted = markTime(marks, 'summit-search-start');
  const searchReady = markTime(marks, 'summit-search-ready');
  const until = (from: number) => tasks.filter((task) => task.start >= from && task.start <= searchReady);
  return { duringLoad: until(loadStarted), whole: until(-Infinity), searchMs, source, busy };
}

/** Median (lowest–highest) of one figure over the traced launches. */
function spread(values: number[]): string {
  return `${median(values).toFixed(1)} ms (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
}

/** The longest task by wall clock and the longest by the time the thread ran (not always the same task). */
function longest(runs: MainThreadTask[][]): string {
  const wall = spread(runs.map((tasks) => Math.max(0, ...tasks.map((task) => task.ms))));
  const thread = spread(runs.map((tasks) => Math.max(0, ...tasks.map((task) => task.cpuMs))));
  return `${wall} wall clock, by the time the thread ran ${thread}`;
}

/** How many tasks ran past one frame, by the thread's time and by the wall clock. */
function pastOneFrame(runs: TracedLaunch[]): string {
  const tasks = runs.flatMap((run) => run.duringLoad);
  const count = (key: 'ms' | 'cpuMs') => tasks.filter((task) => task[key] > 16).length;
  const busy = (100 * median(runs.map((run) => run.busy))).toFixed(0);
  return (
    `tasks past one frame, of ${tasks.length}: ${count('cpuMs')} by the time the thread ran, ` +
    `${count('ms')} by the wall clock, while the machine's ${cpus().length} cores were ${busy}% busy`
  );
}

// The first launch builds the index in the worker and stores it.
const build = await tracedLaunch(largeProfile);
console.log(
  `\nlarge library (${talks} imported talks), first launch (index ${build.source}): search ready ${build.searchMs.toFixed(0)} ms\n` +
    `  longest main-thread task while the index builds: ${longest([build.duringLoad])}\n` +
    `  ${pastOneFrame([build])}`,
);

const traced: TracedLaunch[] = [];
for (let run = 0; run < TRACED_RUNS; run++) traced.push(await tracedLaunch(largeProfile));
const sources = [...new Set(traced.map((run) => run.source))].join(', ');

const duringLoad = traced.map((run) => run.duringLoad);
console.log(
  `later launches (index ${sources}): search ready ${median(traced.map((run) => run.searchMs)).toFixed(0)} ms; one frame is 16 ms\n` +
    `  longest main-thread task while the index loads: ${longest(duringLoad)}\n` +
    `  ${pastOneFrame(traced)} (${TRACED_RUNS} launches)\n` +
    `  longest over the whole start: ${longest(traced.map((run) => run.whole))}`,
);

// `npm run build && npm run bench:startup`: start-up in the Chromium harness (the app's own main
// process on the Electron stand-in, and Chromium). Measures, interleaved, ten times each: the same
// shell opening a blank page; the app until its library is interactive, on a first launch (new
// profile) and a later one (same profile); and until search is ready. Prints medians and ratios.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromiumHost } from '../e2e/chromiumHost';

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
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
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

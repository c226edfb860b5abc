// `npm run bench:reader` (after `npm run build`): how smoothly the longest transcript opens and
// scrolls end to end, with and without the content-visibility optimisation, and with 500
// highlights painted. Reported as frame-time figures and ratios within this one run.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchChromiumHost } from '../e2e/chromiumHost';
import { putRecords } from '../e2e/helpers';

interface ScrollFigures {
  openMs: number;
  frames: number;
  p95FrameMs: number;
  maxFrameMs: number;
  framesOver50Ms: number;
}

const TRANSCRIPT = 'Talk Python To Me #514';

async function openTranscript(page: Page): Promise<number> {
  const started = Date.now();
  await page.locator('.library-talk', { hasText: TRANSCRIPT }).click();
  await page.locator('.talk-body .segment').last().waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return Date.now() - started;
}

/** Scrolls the reader from top to bottom, one step per frame, recording every frame's duration. */
async function scrollEndToEnd(page: Page): Promise<Omit<ScrollFigures, 'openMs'>> {
  return page.evaluate(
    () =>
      new Promise<Omit<ScrollFigures, 'openMs'>>((resolve) => {
        const scroller = document.querySelector('.reader') as HTMLElement;
        scroller.scrollTop = 0;
        const frames: number[] = [];
        let last = performance.now();
        const step = (): void => {
          const now = performance.now();
          frames.push(now - last);
          last = now;
          if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2) {
            const sorted = [...frames].sort((a, b) => a - b);
            resolve({
              frames: frames.length,
              p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
              maxFrameMs: sorted.at(-1) ?? 0,
              framesOver50Ms: frames.filter((frame) => frame > 50).length,
            });
            return;
          }
          scroller.scrollTop += 240;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
}

async function addHighlights(page: Page, count: number): Promise<void> {
  const records = await page.evaluate((total) => {
    const talkId = document.querySelector('article.talk')?.getAttribute('data-talk-id') ?? '';
    const segments = [...document.querySelectorAll<HTMLElement>('.talk-body [data-text-of]')];
    const texts = segments.map((element) => element.textContent ?? '');
    const starts: number[] = [];
    let offset = 0;
    for (const text of texts) {
      starts.push(offset);
      offset += text.length + 2;
    }
    const records = Array.from({ length: total }, (_, index) => {
      const block = index % segments.length;
      const text = texts[block];
      const from = Math.min(text.length - 20, (index * 37) % Math.max(1, text.length - 40));
      const exact = text.slice(Math.max(0, from), Math.max(0, from) + 20);
      const start = starts[block] + Math.max(0, from);
      return {
        id: `bench-${index}`,
        talkId,
        color: ['yellow', 'orange', 'blue', 'green', 'red', 'purple'][index % 6],
        note: '',
        tags: [],
        selectors: {
          quote: { exact, prefix: text.slice(Math.max(0, from - 32), from), suffix: text.slice(from + 20, from + 52) },
          position: {
            blockId: segments[block].dataset.textOf,
            blockOffset: Math.max(0, from),
            start,
            end: start + exact.length,
          },
        },
        citation: { talkTitle: 'Transcript', speakers: [], summitYear: 2025, sourceTitle: 'Transcript' },
        createdAt: 1,
        updatedAt: 1,
        deletedAt: null,
      };
    });
    return records;
  }, count);
  await putRecords(page, { highlights: records });
}

async function run(
  name: string,
  setup: (page: Page) => Promise<void>,
): Promise<ScrollFigures & { paintedRanges: number }> {
  const host = await launchChromiumHost(mkdtempSync(join(tmpdir(), 'summit-bench-')), []);
  // tsx keeps function names with a __name helper that page.evaluate bodies would not find.
  await host.context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  const page = host.page;
  await page.reload();
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  await setup(page);
  const openMs = await openTranscript(page);
  const scroll = await scrollEndToEnd(page);
  const paintedRanges = await page.evaluate(() => {
    let total = 0;
    CSS.highlights.forEach((highlight, key) => {
      if (String(key).startsWith('summit-') && key !== 'summit-active') total += highlight.size;
    });
    return total;
  });
  await host.close();
  console.log(
    `${name.padEnd(34)} open ${String(openMs).padStart(5)} ms · frames ${scroll.frames} · p95 ${scroll.p95FrameMs.toFixed(1)} ms · max ${scroll.maxFrameMs.toFixed(1)} ms · >50 ms: ${scroll.framesOver50Ms} · ranges ${paintedRanges}`,
  );
  return { openMs, ...scroll, paintedRanges };
}

async function main(): Promise<void> {
  const plain = await run('transcript', async () => undefined);
  const visible = await run('transcript, all segments rendered', async (page) => {
    // A constructed stylesheet: the app's CSP rightly refuses inline style tags.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.segment { content-visibility: visible !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
  });
  const highlighted = await run('transcript with 500 highlights', async (page) => {
    await openTranscript(page);
    await addHighlights(page, 500);
    await page.reload();
    await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
    await page.locator('.library-talk', { hasText: 'Burnout is Real' }).click();
    await page.locator('h1', { hasText: 'Burnout is Real' }).waitFor();
  });
  console.log(`\nopen time, content-visibility vs all rendered: ${(plain.openMs / visible.openMs).toFixed(2)}×`);
  console.log(`p95 frame, 500 highlights vs none: ${(highlighted.p95FrameMs / plain.p95FrameMs).toFixed(2)}×`);
  writeFileSync(
    join(import.meta.dirname, 'reader-results.json'),
    `${JSON.stringify({ plain, allRendered: visible, highlighted500: highlighted }, null, 2)}\n`,
  );
}

await main();

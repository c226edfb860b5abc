// Layout at the window sizes readers use, in light and dark: every control in the library's top
// row can be reached and clicked, nothing is wider than its column (long addresses, code and
// unbroken words included), every control has an accessible name, and each view opens at its top.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { importThroughDialog, launchApp, type LaunchedApp } from './harness';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
const THEMES = ['light', 'dark'] as const;

const LONG_WORD = 'Supercalifragilistic'.repeat(30);
const LONG_URL = `https://example.org/${'a-very-long-path-segment/'.repeat(20)}end`;
const SPILLER = [
  '---',
  "title: 'The Python Language Summit 2030: Long lines'",
  '---',
  '',
  'Ada Lovelace presented the long lines.',
  '',
  `A word that never breaks: ${LONG_WORD}.`,
  '',
  `An address: ${LONG_URL}`,
  '',
  '```python',
  `value = "${'x'.repeat(400)}"`,
  '```',
].join('\n');

let app: LaunchedApp;

test.afterEach(async () => {
  await app?.close();
});

/** Elements that stick out past the right edge of their column (code scrolls inside its own box). */
async function overflowing(page: Page, column: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    for (const container of document.querySelectorAll<HTMLElement>(selector)) {
      const edge = container.getBoundingClientRect().right + 1;
      for (const element of container.querySelectorAll<HTMLElement>('*')) {
        if (
          element.closest('.code, pre')?.parentElement?.closest(selector) &&
          element.closest('.code, pre') !== element
        )
          continue;
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.right > edge)
          found.push(
            `${element.tagName.toLowerCase()}.${element.className} ends at ${Math.round(box.right)} > ${Math.round(edge)}`,
          );
      }
      if (container.scrollWidth > container.clientWidth + 1)
        found.push(`${selector} scrolls sideways (${container.scrollWidth} > ${container.clientWidth})`);
    }
    return found.slice(0, 5);
  }, column);
}

async function namelessControls(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(['button-name', 'link-name', 'label']).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

for (const size of SIZES) {
  for (const theme of THEMES) {
    test(`${size.width}×${size.height}, ${theme}: controls reachable, nothing spills, views open at the top`, async () => {
      app = await launchApp();
      const { page } = app;
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme });
      await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });

      // Every button of the library's top row is on screen, and a click there reaches it.
      const library = page.getByRole('navigation', { name: 'Library' });
      const buttons = await library.locator('.library-top button').all();
      expect(buttons.length).toBeGreaterThanOrEqual(6);
      for (const button of buttons) {
        const box = await button.boundingBox();
        expect(box, await button.innerText()).not.toBeNull();
        if (!box) continue;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, await button.innerText()).toBeLessThanOrEqual(size.width);
        const onTop = await page.evaluate(
          ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent ?? null,
          { x: box.x + box.width / 2, y: box.y + box.height / 2 },
        );
        expect(onTop).toBe(await button.textContent());
      }
      // Reaching the last one by keyboard does not scroll the library sideways.
      await library.getByRole('button', { name: 'Reading settings' }).focus();
      expect(await library.evaluate((element) => element.scrollLeft)).toBe(0);
      expect(await overflowing(page, '.library')).toEqual([]);

      // A document with an unbroken word, a long address and long code stays in its column.
      const path = join(mkdtempSync(join(tmpdir(), 'summit-layout-')), 'long-lines.md');
      writeFileSync(path, SPILLER);
      await importThroughDialog(app, [path]);
      await expect(page.getByRole('status').filter({ hasText: 'Added' })).toBeVisible();
      await page.locator('.library-talk', { hasText: 'Long lines' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Long lines');
      // A highlight, so the notebook below has an entry to check.
      await page.locator('.talk-body [data-block-id]').first().focus();
      await page.keyboard.press('h');
      await expect(page.getByRole('complementary', { name: 'Annotations' }).locator('.annotation-entry')).toHaveCount(
        1,
      );
      expect(await overflowing(page, '.talk')).toEqual([]);
      expect(await overflowing(page, 'aside')).toEqual([]);
      expect(await overflowing(page, '.reader')).toEqual([]);
      expect(await namelessControls(page)).toEqual([]);

      // Scrolled down in a talk, then every other view opens at its top.
      await page.locator('.library-talk', { hasText: 'Talk Python To Me #514' }).click();
      await page.locator('#reader').evaluate((reader) => reader.scrollTo({ top: 4000 }));
      for (const name of ['People', 'Topics', 'Notebook']) {
        await library.getByRole('button', { name, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await page.locator('#reader').evaluate((reader) => reader.scrollTop), name).toBe(0);
        // A quote in the notebook is a button named for what it does, not only the quoted words.
        if (name === 'Notebook')
          await expect(page.getByRole('button', { name: /^Open the passage “.+” in Long lines$/ })).toHaveCount(1);
        expect(await namelessControls(page), name).toEqual([]);
        await page.locator('#reader').evaluate((reader) => reader.scrollTo({ top: 2000 }));
      }
    });
  }
}

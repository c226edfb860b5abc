// The first reader: the library lists the four summits and a talk opens with its blocks.

import { expect, test } from '@playwright/test';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;

test.beforeEach(async () => {
  app = await launchApp();
});

test.afterEach(async () => {
  await app.close();
});

test('the library lists the four summits with their talks and speakers', async () => {
  const library = app.page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByRole('heading', { level: 3 })).toHaveText([
    'Language Summit 2022',
    'Language Summit 2023',
    'Language Summit 2024',
    'Language Summit 2025',
  ]);
  const summit2024 = library.locator('[data-summit-year="2024"]');
  await expect(summit2024.getByRole('button', { name: /Rust in Python: panic!.*David Hewitt/ })).toBeVisible();
  await expect(summit2024.getByRole('button', { name: /Python for iOS, finally.*Łukasz Langa/ })).toBeVisible();
  await expect(library).not.toContainText('ﾅ');
});

test('start-up is marked for a trace: the library shown, then the search index loading, then ready', async () => {
  const { page } = app;
  await page.locator('html[data-library-shown="true"][data-search-index]').waitFor({ state: 'attached' });
  const marks = await page.evaluate(() =>
    ['summit-library-shown', 'summit-search-start', 'summit-search-ready'].map(
      (name) =>
        performance.getEntriesByName(name, 'mark').length && performance.getEntriesByName(name, 'mark')[0].startTime,
    ),
  );
  expect(marks.every((time) => time > 0)).toBe(true);
  expect([...marks].sort((a, b) => a - b)).toEqual(marks);
});

test('a talk opens with its title as the page heading and its blocks rendered', async () => {
  const { page } = app;
  await page.getByRole('button', { name: /Making the Global Interpreter Lock Optional/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Making the Global Interpreter Lock Optional');
  await expect(page.locator('.talk-byline')).toHaveText('Sam Gross');
  const quote = page.locator('figure.quote').filter({ hasText: 'now we have something we can actually consider' });
  await expect(quote.locator('figcaption')).toHaveText('— Brandt Bucher, CPython Core Developer');
  await expect(page.locator('.talk-body h2').first()).toHaveText('Dare to dream of a GIL-free world');
  await expect(page.locator('p.caption').first()).toContainText("A slide from Gross's talk");
});

test('code blocks render in a monospace font', async () => {
  const { page } = app;
  await page.getByRole('button', { name: /Pattern Matching, __match__, and View Patterns/ }).click();
  const code = page.locator('pre.code').first();
  await expect(code).toContainText('>>> import ast');
  const fontFamily = await code.evaluate((element) => getComputedStyle(element).fontFamily);
  expect(fontFamily).toMatch(/mono/i);
});

test('a transcript shows timestamps and folds sponsor reads', async () => {
  const { page } = app;
  await page.locator('.library-talk', { hasText: 'Talk Python To Me #514' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Talk Python To Me #514');
  await expect(page.locator('.segment .timestamp').first()).toHaveText('0:00');
  const sponsor = page.locator('details.sponsor-read').first();
  await expect(sponsor.locator('summary')).toContainText('Sponsor read');
  await expect(sponsor.locator('.segment-text').first()).toBeHidden();
  await sponsor.locator('summary').click();
  await expect(sponsor.locator('.segment-text').first()).toBeVisible();
});

test('a source page shows the episode links it keeps', async () => {
  const { page } = app;
  await page.getByRole('button', { name: /Talk Python #375/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Talk Python #375: Python Language Summit 2022');
  const links = page.locator('.source-links li');
  await expect(links.filter({ hasText: 'Python without the GIL' })).toHaveCount(1);
});

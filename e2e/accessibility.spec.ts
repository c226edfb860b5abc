// Automated accessibility checks (axe) on the library, a talk, the notebook and search. Any
// serious or critical violation fails the test.

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;

test.beforeEach(async () => {
  app = await launchApp();
});

test.afterEach(async () => {
  await app?.close();
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

test('the library has no serious accessibility violations', async () => {
  await expect(app.page.getByRole('navigation', { name: 'Library' })).toBeVisible();
  expect(await seriousViolations(app.page)).toEqual([]);
});

test('an open talk has no serious accessibility violations', async () => {
  await app.page.locator('.library-talk', { hasText: 'Making the Global Interpreter Lock Optional' }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Making the Global Interpreter Lock Optional');
  expect(await seriousViolations(app.page)).toEqual([]);
});

test('a transcript has no serious accessibility violations', async () => {
  await app.page.locator('.library-talk', { hasText: 'Talk Python To Me #514' }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toContainText('Talk Python To Me #514');
  expect(await seriousViolations(app.page)).toEqual([]);
});

test('the notebook has no serious accessibility violations', async () => {
  await app.page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Notebook' }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Notebook');
  expect(await seriousViolations(app.page)).toEqual([]);
});

test('search has no serious accessibility violations', async () => {
  const search = app.page.getByRole('dialog', { name: 'Search' });
  await app.page.keyboard.press('Control+K');
  await expect(search).toBeVisible();
  await search.getByRole('combobox').fill('subinterpreters');
  await expect(search.getByRole('option').first()).toBeVisible();
  expect(await seriousViolations(app.page)).toEqual([]);
});

test('dark and high-contrast themes keep text readable', async () => {
  for (const theme of ['dark', 'contrast', 'sepia']) {
    await app.page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
    await app.page.locator('.library-talk', { hasText: 'Pluggable JITs' }).click();
    expect(await seriousViolations(app.page), theme).toEqual([]);
  }
});

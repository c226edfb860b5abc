// Highlights and notes as a reader makes them: kept across relaunches, overlapping, undoable,
// inert when malicious, and possible with the keyboard alone.

import { expect, test, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './harness';
import { clickText, openTalk, paintedRanges, selectText } from './helpers';

const TALK = 'Pluggable JITs';
const PASSAGE = 'envisions a future where a JIT would be pip-installable';

function panel(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('complementary', { name: 'Annotations' });
}

async function highlight(page: Page, text: string, color?: string): Promise<void> {
  const entries = panel(page).locator('.annotation-entry');
  const before = await entries.count();
  await selectText(page, text);
  const toolbar = page.getByRole('toolbar', { name: 'Selection' });
  if (color) await toolbar.getByRole('button', { name: new RegExp(`^Highlight in ${color}`) }).click();
  else await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(entries).toHaveCount(before + 1);
}

/** Closes the highlight popover, as Escape does, so it cannot cover the next click. */
async function closePopover(page: Page): Promise<void> {
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  if (await popover.isVisible()) {
    await popover.getByRole('button', { name: 'Close' }).click();
    await expect(popover).toBeHidden();
  }
}

let app: LaunchedApp;

test.afterEach(async () => {
  await app?.close();
});

test('a highlight and its note are still there after the app is relaunched', async () => {
  app = await launchApp();
  await openTalk(app.page, TALK);
  await highlight(app.page, PASSAGE);
  await clickText(app.page, 'a JIT would be');
  const popover = app.page.getByRole('dialog', { name: 'Highlight' });
  await popover.getByRole('button', { name: 'Add note' }).click();
  await popover.getByLabel('Note (Markdown)').fill('Would **pip install jit** ever be safe?');
  await popover.getByLabel('Tags (comma-separated)').fill('jit, packaging');
  await popover.getByRole('button', { name: 'Save note' }).click();
  // The side panel renders the note's Markdown, as the popover and the notebook do.
  await expect(panel(app.page).locator('.entry-note')).toHaveText('Would pip install jit ever be safe?');
  await expect(panel(app.page).locator('.entry-note strong')).toHaveText('pip install jit');
  const userDataDir = app.userDataDir;
  await app.close();

  app = await launchApp({ userDataDir });
  // The app reopens the last talk by itself.
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(TALK);
  const entry = panel(app.page).locator('.annotation-entry');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(PASSAGE);
  await expect(panel(app.page).locator('.entry-note')).toHaveText('Would pip install jit ever be safe?');
  expect(await paintedRanges(app.page)).toMatchObject({ 'summit-yellow': 1 });
  await clickText(app.page, 'a JIT would be');
  const reopened = app.page.getByRole('dialog', { name: 'Highlight' });
  await expect(reopened.locator('.markdown-preview strong')).toHaveText('pip install jit');
  await expect(reopened.locator('.tags')).toHaveText('#jit#packaging');
});

test('overlapping highlights stay distinct and each can be opened', async () => {
  app = await launchApp();
  const { page } = app;
  await openTalk(page, TALK);
  await highlight(page, 'Martin asks whether there is room for alternative', 'Yellow');
  await highlight(page, 'room for alternative or “pluggable” JITs', 'Sky blue');
  await expect(panel(page).locator('.annotation-entry')).toHaveCount(2);
  expect(await paintedRanges(page)).toMatchObject({ 'summit-yellow': 1, 'summit-blue': 1 });
  // Each colour's painting rule is added at start-up, under the app's real content security policy.
  const paintRules = await page.evaluate(() =>
    document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
  );
  expect(paintRules.filter((rule) => rule.startsWith('::highlight(summit-'))).toHaveLength(6);

  const popover = page.getByRole('dialog', { name: 'Highlight' });
  await clickText(page, 'Martin asks');
  await expect(popover.locator('.popover-quote')).toHaveText('Martin asks whether there is room for alternative');
  await closePopover(page);
  await clickText(page, 'pluggable');
  await expect(popover.locator('.popover-quote')).toHaveText('room for alternative or “pluggable” JITs');
  // In the overlap, the popover offers the other highlight too.
  await closePopover(page);
  await clickText(page, 'room for');
  const first = await popover.locator('.popover-quote').textContent();
  const other = ['Martin asks whether there is room for alternative', 'room for alternative or “pluggable” JITs'].find(
    (quote) => quote !== first,
  );
  await popover.locator('.overlapping').getByRole('button').click();
  // The popover now shows the other highlight, not the one the click opened.
  await expect(popover.locator('.popover-quote')).toHaveText(other ?? '');
});

test('a deleted highlight comes back with Undo', async () => {
  app = await launchApp();
  const { page } = app;
  await openTalk(page, TALK);
  await highlight(page, PASSAGE);
  await panel(page).locator('.annotation-entry').focus();
  await page.keyboard.press('Delete');
  await expect(panel(page).locator('.annotation-entry')).toHaveCount(0);
  expect(await paintedRanges(page)).toEqual({});
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(panel(page).locator('.annotation-entry')).toHaveCount(1);
  expect(await paintedRanges(page)).toMatchObject({ 'summit-yellow': 1 });
});

test('a note with HTML and a javascript: link renders inert', async () => {
  app = await launchApp();
  const { page } = app;
  await openTalk(page, TALK);
  await panel(page).getByRole('button', { name: 'Add talk note' }).click();
  await panel(page)
    .getByLabel('Note (Markdown)')
    .fill(
      '<img src=x onerror="window.__pwned = 1"> and [click me](javascript:window.__pwned=2) and ![pic](https://example.com/a.png)',
    );
  await panel(page).getByRole('button', { name: 'Save note' }).click();
  const preview = panel(page).locator('.markdown-preview');
  await expect(preview).toContainText('click me');
  await expect(preview.locator('img')).toHaveCount(0);
  await expect(preview.locator('a')).toHaveCount(0);
  await expect(preview).toContainText('[image: pic]');
  await preview.getByText('click me').click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(app.networkAttempts).toEqual([]);
});

test('a reader can highlight, recolour and annotate with the keyboard alone', async () => {
  app = await launchApp();
  const { page } = app;
  await page.locator('.library-talk', { hasText: TALK }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TALK);
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.locator('.talk-body [data-block-id]:focus')).toHaveAttribute('data-block-id', /-b1$/);
  await page.keyboard.press('h');
  const entry = panel(page).locator('.annotation-entry');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('The first lightning talk was delivered by Martin DeMello');
  await page.keyboard.press('3');
  await expect(entry).toContainText('Sky blue highlight');
  await page.keyboard.press('n');
  await page.keyboard.type('Typed without a mouse.');
  await page.keyboard.press('Control+Enter');
  await expect(panel(page).locator('.entry-note')).toHaveText('Typed without a mouse.');
  expect(await paintedRanges(page)).toMatchObject({ 'summit-blue': 1 });
});

test('the notebook lists highlights by summit and talk, and opens one at its passage', async () => {
  app = await launchApp();
  const { page } = app;
  await openTalk(page, TALK);
  await highlight(page, PASSAGE, 'Bluish green');
  await openTalk(page, 'Rust in Python: panic!');
  await highlight(page, 'BaseException is the correct choice');
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Notebook' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notebook');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    'Python Language Summit 2025',
    'Python Language Summit 2024',
  ]);
  await page.getByLabel('Colour').selectOption('green');
  await expect(page.locator('.notebook-entry')).toHaveCount(1);
  await page.locator('.notebook-entry').getByRole('button').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TALK);
  await expect(panel(page).locator('.annotation-entry[aria-current="true"]')).toContainText(PASSAGE);
});

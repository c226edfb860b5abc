// Search as a reader uses it: the palette, opening a result at its passage, notes found without a
// reload, the stored index reused on the next start, and find in the open talk.

import { expect, test, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './harness';
import { openTalk, selectText } from './helpers';

let app: LaunchedApp;

test.afterEach(async () => {
  await app?.close();
});

function palette(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('dialog', { name: 'Search' });
}

async function searchFor(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+K');
  await expect(palette(page)).toBeVisible();
  await palette(page).getByRole('combobox').fill(query);
}

test('Ctrl+K, "free threading", Enter: the talk opens at the matched passage', async () => {
  app = await launchApp();
  const { page } = app;
  await searchFor(page, 'free threading');
  const first = palette(page).getByRole('option').first();
  await expect(first.locator('mark').first()).toBeVisible();
  const firstTalk = await palette(page).locator('.result-talk strong').first().innerText();
  const marked = (await first.locator('mark').allInnerTexts()).map((text) => text.toLowerCase());
  expect(marked.some((text) => text.startsWith('free') || text.startsWith('thread'))).toBe(true);
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTalk);
  const target = page.locator('.talk-body .search-target');
  await expect(target).toBeInViewport();
  expect((await target.innerText()).toLowerCase()).toMatch(/free|thread/);
  const markedRanges = await page.evaluate(() => CSS.highlights.get('summit-search')?.size ?? 0);
  expect(markedRanges).toBeGreaterThan(0);
});

test('arrow keys move through results and Escape closes the palette', async () => {
  app = await launchApp();
  const { page } = app;
  await searchFor(page, 'subinterp');
  const options = palette(page).getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(palette(page).locator('.result-talk strong').first()).toHaveText(
    'Efficient data sharing between subinterpreters',
  );
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
});

test('filters narrow the results and odd queries do not break the palette', async () => {
  app = await launchApp();
  const { page } = app;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await searchFor(page, 'year:2024 rust');
  await expect(palette(page).locator('.active-chip')).toHaveText('year: 2024');
  await expect(palette(page).locator('.result-talk strong').first()).toHaveText('Rust in Python: panic!');
  for (const odd of ['(.*', '🐍', '"', '?!', 'x'.repeat(400)]) {
    await palette(page).getByRole('combobox').fill(odd);
    await expect(palette(page)).toBeVisible();
    await expect(palette(page).getByRole('status')).toHaveText(/^\d+ talks? found$/);
  }
  await palette(page).getByRole('combobox').fill('speaker:"Pablo Galindo Salgado"');
  await expect(palette(page).locator('.result-talk strong')).toHaveCount(3);
  expect(errors).toEqual([]);
});

test('a new note is findable at once, without a reload', async () => {
  app = await launchApp();
  const { page } = app;
  await openTalk(page, 'Pluggable JITs');
  await selectText(page, 'envisions a future where a JIT would be pip-installable');
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Add note' }).click();
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  await popover.getByLabel('Note (Markdown)').fill('quixotic packaging idea');
  await popover.getByRole('button', { name: 'Save note' }).click();
  await searchFor(page, 'quixotic');
  const hit = palette(page).getByRole('option').first();
  await expect(hit).toContainText('Your highlight');
  await expect(hit.locator('mark')).toHaveText('quixotic');
});

test('reopening the app loads the stored index instead of rebuilding it', async () => {
  app = await launchApp();
  await expect(app.page.locator('html')).toHaveAttribute('data-search-index', 'rebuilt');
  const userDataDir = app.userDataDir;
  await app.close();
  app = await launchApp({ userDataDir });
  await expect(app.page.locator('html')).toHaveAttribute('data-search-index', 'loaded');
  await searchFor(app.page, 'BeeWare');
  await expect(palette(app.page).locator('.palette-footer')).toContainText('index loaded from storage');
  await expect(palette(app.page).locator('.result-talk strong').first()).toHaveText('Python on Mobile');
});

test('a damaged stored index is discarded and rebuilt', async () => {
  app = await launchApp();
  await expect(app.page.locator('html')).toHaveAttribute('data-search-index', 'rebuilt');
  await app.page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('summit-reader');
        request.onsuccess = () => {
          const transaction = request.result.transaction('searchIndex', 'readwrite');
          const store = transaction.objectStore('searchIndex');
          const read = store.get('corpus');
          // Postings cut short, as a disk fault might leave them.
          read.onsuccess = () =>
            store.put({ ...read.result, packed: { ...read.result.packed, postings: new Uint32Array([3, 1]) } });
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
  const userDataDir = app.userDataDir;
  await app.close();
  app = await launchApp({ userDataDir });
  await expect(app.page.locator('html')).toHaveAttribute('data-search-index', 'rebuilt');
  await searchFor(app.page, 'BeeWare');
  await expect(palette(app.page).locator('.palette-footer')).toContainText('could not be read');
  await expect(palette(app.page).locator('.result-talk strong').first()).toHaveText('Python on Mobile');
});

test('Ctrl+F finds in a long transcript, with a count and next and previous', async () => {
  app = await launchApp();
  const { page } = app;
  await page.locator('.library-talk', { hasText: 'Talk Python To Me #514' }).click();
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeVisible();
  const find = page.getByRole('search', { name: 'Find in talk' });
  await page.keyboard.press('Control+F');
  await expect(find).toBeVisible();
  await find.getByRole('searchbox').fill('free-threaded');
  const count = find.locator('.find-count');
  await expect(count).toHaveText(/^1 of \d+$/);
  const total = Number((await count.innerText()).split(' of ')[1]);
  expect(total).toBeGreaterThan(1);
  await find.getByRole('searchbox').press('Enter');
  await expect(count).toHaveText(`2 of ${total}`);
  await find.getByRole('searchbox').press('Shift+Enter');
  await find.getByRole('searchbox').press('Shift+Enter');
  await expect(count).toHaveText(`${total} of ${total}`);
  expect(await page.evaluate(() => CSS.highlights.get('summit-find-current')?.size ?? 0)).toBe(1);
  await find.getByRole('searchbox').press('Escape');
  await expect(find).toBeHidden();
});

test('find similar follows a topic into other summits', async () => {
  app = await launchApp();
  const { page } = app;
  await openTalk(page, 'Making the Global Interpreter Lock Optional');
  await page.getByRole('button', { name: 'Find similar talks in other summits' }).click();
  const related = page.locator('.related-list li');
  await expect(related.first()).toBeVisible();
  await expect(related).toContainText(['Removing the Global Interpreter Lock (No GIL)']);
  await expect(related.filter({ hasText: '2023 ·' })).toHaveCount(0);
});

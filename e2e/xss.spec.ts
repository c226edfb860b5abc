// The XSS corpus: hostile strings in notes, tags, imported Markdown, HTML, reStructuredText and
// transcripts, file names and search queries. None may run, open a dialog, navigate or fetch.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { highlightRecord, talkNoteRecord } from '../test/fixtures/records';
import { expect, test, type Page } from '@playwright/test';
import { XSS_PAYLOADS } from './fixtures/xssPayloads';
import { importThroughDialog, launchApp, type LaunchedApp } from './harness';
import { putRecords } from './helpers';

let app: LaunchedApp;
const dialogs: string[] = [];

test.beforeEach(async () => {
  app = await launchApp();
  dialogs.length = 0;
  app.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await app.page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
});

test.afterEach(async () => {
  await app?.close();
});

async function expectNothingRan(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(app.networkAttempts).toEqual([]);
  expect(new URL(page.url()).pathname).toBe('/index.html');
}

test(`${XSS_PAYLOADS.length} payloads in notes and tags are shown as text, and none runs`, async () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  const talkId = (await app.page.locator('.library-talk').first().getAttribute('data-talk-id')) ?? '';
  await putRecords(app.page, {
    highlights: XSS_PAYLOADS.map((payload, index) =>
      highlightRecord(`xss-${index}`, {
        talkId,
        color: 'yellow',
        note: `Note ${index}: ${payload}`,
        tags: [payload.slice(0, 60)],
        selectors: {
          quote: { exact: `no such passage ${index}`, prefix: '', suffix: '' },
          position: { blockId: `${talkId}-b0`, blockOffset: 0, start: 0, end: 10 },
        },
      }),
    ),
    talkNotes: [
      talkNoteRecord(talkId, {
        text: XSS_PAYLOADS.join('\n\n'),
        tags: XSS_PAYLOADS.slice(0, 5).map((payload) => payload.slice(0, 60)),
      }),
    ],
  });
  await app.page.reload();
  await app.page.locator(`.library-talk[data-talk-id="${talkId}"]`).click();
  const panel = app.page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel).toContainText('Note 0:');
  await expectNothingRan(app.page);
  // Follow every link a note rendered: none may run script or leave the app.
  for (const link of await app.page.locator('.talk, aside').getByRole('link').all())
    await link.click({ timeout: 2000 }).catch(() => undefined);
  await app.page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Notebook' }).click();
  await expect(app.page.locator('.notebook-entry').first()).toBeVisible();
  await expectNothingRan(app.page);
});

test('payloads in imported documents of every format, in file names and in search, and none runs', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'summit-xss-'));
  const body = XSS_PAYLOADS.join('\n\n');
  const files = {
    'write-up <img src=x onerror=window.__xss=1>.md': `---\ntitle: 'The Python Language Summit 2030: <script>window.__xss=1</script>'\n---\n\nAda Lovelace presented this.\n\n${body}\n`,
    'page.html': `<!doctype html><html><head><title>Language Summit 2030 page</title></head><body><article><h1>HTML page</h1>${XSS_PAYLOADS.map((payload) => `<p>${payload}</p>`).join('')}</article></body></html>`,
    'post.rst': `.. post:: 2030-05-01\n\nAn RST post about the Language Summit 2030\n============================================\n\n${XSS_PAYLOADS.map((payload) => payload.replace(/\n/g, ' ')).join('\n\n')}\n\n.. raw:: html\n\n   <script>window.__xss=1</script>\n`,
    'transcript.txt': XSS_PAYLOADS.map(
      (payload, index) => `00:${String(index).padStart(2, '0')}:00 ${payload.replace(/\n/g, ' ')}`,
    ).join('\n'),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  await importThroughDialog(
    app,
    Object.keys(files).map((name) => join(folder, name)),
  );
  await expect(app.page.getByRole('status').filter({ hasText: 'Added' }).first()).toBeVisible();
  await expectNothingRan(app.page);
  for (const title of ['HTML page', 'An RST post about the Language Summit 2030']) {
    await app.page.locator('.library-source-title', { hasText: title }).first().click();
    await expectNothingRan(app.page);
  }
  const talks = app.page.locator('.library-summit[data-summit-year="2030"] .library-talk');
  for (let index = 0; index < (await talks.count()); index++) {
    await talks.nth(index).click();
    await expectNothingRan(app.page);
  }
  const search = app.page.getByRole('dialog', { name: 'Search' });
  await app.page.keyboard.press('Control+K');
  await expect(search).toBeVisible();
  for (const payload of XSS_PAYLOADS.slice(0, 20)) {
    await search.getByRole('combobox').fill(payload);
    await app.page.waitForTimeout(50);
  }
  await search.getByRole('combobox').fill('onerror');
  await expect(search.locator('.result-talk').first()).toBeVisible();
  await expectNothingRan(app.page);
});

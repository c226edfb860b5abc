// The XSS corpus: hostile strings in notes, tags, imported Markdown, HTML, reStructuredText and
// transcripts, file names and search queries. Each is shown as text: where the app shows text as
// it is (tags, a transcript's lines) every payload's characters are on screen, and nowhere did a
// payload make an element or an attribute. And none may run, open a dialog, navigate or fetch.

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

/** Elements a rendered note or talk is made of; anything else on screen came from a payload. */
const OWN_ELEMENTS = new Set(
  'div p span a em strong code pre ul ol li blockquote h1 h2 h3 h4 h5 h6 hr br del section header details summary time button mark'.split(
    ' ',
  ),
);
/** Attributes the app itself writes there. */
const OWN_ATTRIBUTES = /^(class|id|href|title|tabindex|role|aria-[a-z]+|data-[a-z-]+|open|type|datetime|lang|dir)$/;

/** Every element or attribute under `selector` that the app would not have written itself. */
async function foreignMarkup(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    ({ selector, ownElements, ownAttributes }) => {
      const own = new Set(ownElements);
      const found: string[] = [];
      for (const root of document.querySelectorAll(selector))
        for (const element of root.querySelectorAll('*')) {
          if (!own.has(element.localName)) found.push(`<${element.localName}>`);
          for (const attribute of element.attributes) {
            const value = attribute.value.toLowerCase();
            const hostile = /javascript:|vbscript:|data:|evil\.example|__xss/.test(value);
            if (!new RegExp(ownAttributes).test(attribute.name) || hostile)
              found.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
          }
        }
      return found;
    },
    { selector, ownElements: [...OWN_ELEMENTS], ownAttributes: OWN_ATTRIBUTES.source },
  );
}

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

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
  await expect(panel.locator('.markdown-preview').first()).toBeVisible();
  expect(await foreignMarkup(app.page, '.annotations .markdown-preview, aside .markdown-preview')).toEqual([]);
  await expectNothingRan(app.page);
  // Follow every link a note rendered: none may run script or leave the app.
  for (const link of await app.page.locator('.talk, aside').getByRole('link').all())
    await link.click({ timeout: 2000 }).catch(() => undefined);
  await app.page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Notebook' }).click();
  await expect(app.page.locator('.notebook-entry').first()).toBeVisible();
  // Every payload, as a tag, is on screen character for character; every note shows its text.
  for (const [index, payload] of XSS_PAYLOADS.entries()) {
    const entry = app.page.locator('.notebook-entry[data-kind="highlight"]').filter({ hasText: `Note ${index}:` });
    await expect(entry.locator('.tags')).toHaveText(`#${payload.slice(0, 60)}`, { useInnerText: false });
  }
  await expect(app.page.locator('.notebook-entry[data-kind="highlight"] .markdown-preview')).toHaveCount(
    XSS_PAYLOADS.length,
  );
  expect(await foreignMarkup(app.page, '.notebook .markdown-preview, .notebook .tags')).toEqual([]);
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
    await expect(app.page.locator('.talk-body')).toBeVisible();
    expect(await foreignMarkup(app.page, '.talk-body')).toEqual([]);
    await expectNothingRan(app.page);
  }
  // A transcript's lines are shown as they are: every payload's characters are on screen.
  await app.page.locator('.library-talk', { hasText: 'Transcript: <script>window.__xss=1</script>' }).click();
  await expect(app.page.locator('.talk-body')).toContainText('right-to-left override');
  expect(await foreignMarkup(app.page, '.talk-body')).toEqual([]);
  const shown = squeeze((await app.page.locator('.talk-body').textContent()) ?? '');
  expect(XSS_PAYLOADS.filter((payload) => !shown.includes(squeeze(payload)))).toEqual([]);
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

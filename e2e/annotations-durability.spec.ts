// What must never be lost: half-written notes, highlights whose passage is gone, the reading place.

import { expect, test, type Page } from '@playwright/test';
import { launchApp, readClipboard, type LaunchedApp } from './harness';
import { highlightRecord } from '../test/fixtures/records';
import { appNotice, openTalk, putRecords, selectText } from './helpers';

let app: LaunchedApp;

test.afterEach(async () => {
  await app?.close();
});

function panel(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('complementary', { name: 'Annotations' });
}

test('a half-written note survives the app closing without saving', async () => {
  app = await launchApp();
  await openTalk(app.page, 'Burnout is Real');
  await panel(app.page).getByRole('button', { name: 'Add talk note' }).click();
  await panel(app.page).getByLabel('Note (Markdown)').fill('Unfinished thought about open-source breaks');
  // The draft is written as the reader types; give it a moment, then quit without saving.
  await expect
    .poll(() =>
      app.page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const request = indexedDB.open('summit-reader');
            request.onsuccess = () => {
              const count = request.result.transaction('drafts').objectStore('drafts').count();
              count.onsuccess = () => resolve(count.result);
            };
          }),
      ),
    )
    .toBe(1);
  const userDataDir = app.userDataDir;
  await app.close();

  app = await launchApp({ userDataDir });
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Burnout is Real');
  await panel(app.page).getByRole('button', { name: 'Add talk note' }).click();
  await expect(panel(app.page).getByText('Restored your unsaved draft.')).toBeVisible();
  await expect(panel(app.page).getByLabel('Note (Markdown)')).toHaveValue(
    'Unfinished thought about open-source breaks',
  );
});

test('a highlight whose passage is gone is shown as an orphan, never dropped', async () => {
  app = await launchApp();
  await openTalk(app.page, 'Burnout is Real');
  const talkId = await app.page.locator('article.talk').getAttribute('data-talk-id');
  // A highlight made on text the corpus no longer has, as after an edit to the write-up.
  await putRecords(app.page, {
    highlights: [
      highlightRecord('orphan-1', {
        talkId: talkId ?? '',
        color: 'orange',
        note: 'My note on a vanished sentence',
        tags: ['kept'],
        selectors: {
          quote: {
            exact: 'a sentence that the editors later removed from the post',
            prefix: 'Before it ',
            suffix: ' after it.',
          },
          position: { blockId: `${talkId}-b2`, blockOffset: 3, start: 400, end: 456 },
        },
        citation: {
          talkTitle: 'Burnout is Real',
          speakers: ['Guido van Rossum'],
          summitYear: 2023,
          sourceTitle: 'Summit 2023',
        },
      }),
    ],
  });
  // The record was written behind the app's back, so reload the app to read it.
  await app.page.reload();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Burnout is Real');
  const orphans = panel(app.page).getByRole('region', { name: /Orphaned highlights/ });
  await expect(orphans).toContainText('a sentence that the editors later removed from the post');
  await expect(orphans).toContainText('My note on a vanished sentence');

  await app.page.getByRole('button', { name: 'Notebook' }).click();
  const entry = app.page.locator('.notebook-entry[data-orphan="true"]');
  await expect(entry).toContainText('Orphaned');
  await expect(entry).toContainText('My note on a vanished sentence');

  // Re-attaching moves it onto a passage the reader chooses.
  await entry.getByRole('button', { name: 'Open talk to re-attach' }).click();
  await panel(app.page).getByRole('button', { name: 'Re-attach' }).click();
  await selectText(app.page, 'open-source burnout');
  await app.page
    .getByRole('toolbar', { name: 'Selection' })
    .getByRole('button', { name: 'Attach highlight here' })
    .click();
  await expect(panel(app.page).getByRole('region', { name: /Orphaned highlights/ })).toHaveCount(0);
  await expect(panel(app.page).locator('.annotation-entry')).toContainText('open-source burnout');
});

test('quotes are copied with their citation', async () => {
  app = await launchApp();
  await openTalk(app.page, 'Rust in Python: panic!');
  await selectText(app.page, 'BaseException is the correct choice');
  await app.page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Copy quote' }).click();
  await expect(appNotice(app.page)).toContainText('Quote copied with its citation.');
  const copied = await readClipboard(app);
  expect(copied).toBe(
    '“BaseException is the correct choice”\n— David Hewitt, “Rust in Python: panic!”, Python Language Summit 2024 (The Python Language Summit 2024: Lightning Talks)',
  );
});

test('reopening a talk resumes where the reader left off', async () => {
  app = await launchApp();
  await openTalk(app.page, 'Three Talks on the C API');
  const target = app.page.locator('.talk-body h2', { hasText: 'HPy Hpy Hooray?' });
  await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect(app.page.locator('.talk-progress')).not.toContainText('0% read');
  const userDataDir = app.userDataDir;
  await app.close();

  app = await launchApp({ userDataDir });
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Three Talks on the C API');
  await expect(app.page.locator('.talk-body h2', { hasText: 'HPy Hpy Hooray?' })).toBeInViewport();
  await expect(
    app.page.locator('.library-talk', { hasText: 'Three Talks on the C API' }).locator('.talk-activity'),
  ).toContainText('% read');
});

// Readers add their own write-ups: imported documents appear under their summit year with their
// talks, can be re-dated or removed, survive a relaunch and are searchable.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  backUpThroughDialog,
  chooseRestoreThroughDialog,
  importThroughDialog,
  launchApp,
  useTestDialogs,
  type LaunchedApp,
} from './harness';
import { appNotice, openTalk, selectText } from './helpers';

const WRITE_UP = [
  '---',
  "title: 'The Python Language Summit 2026: Lightning Talks'",
  "publishDate: '2026-05-20'",
  'author: Jane Writer',
  '---',
  '',
  'The summit closed with two lightning talks.',
  '',
  '## Ada Lovelace: Engines for every interpreter',
  '',
  'Ada Lovelace proposed a zanzibarian engine registry for CPython.',
  '',
  '## Grace Hopper: Nanoseconds matter',
  '',
  'Grace Hopper handed out wires to show how far light travels.',
].join('\n');

let apps: LaunchedApp[] = [];

test.afterEach(async () => {
  for (const app of apps) await app.close();
  apps = [];
});

test('an imported Markdown write-up appears under its year with its talks, and stays after a relaunch', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'summit-import-')), 'summit-2026.md');
  writeFileSync(path, WRITE_UP);
  const app = await launchApp();
  apps.push(app);
  await importThroughDialog(app, [path]);
  await expect(appNotice(app.page)).toContainText(
    'Added “The Python Language Summit 2026: Lightning Talks” under the 2026 summit, with 2 talks.',
  );
  const summit = app.page.locator('.library-summit[data-summit-year="2026"]');
  await expect(summit.locator('.summit-year')).toHaveText('Language Summit 2026');
  await expect(summit.locator('.library-talk .talk-title')).toHaveText([
    'Engines for every interpreter',
    'Nanoseconds matter',
  ]);
  await expect(summit.locator('.library-talk .talk-speakers')).toHaveText(['Ada Lovelace', 'Grace Hopper']);
  await expect(summit.locator('.imported-badge')).toBeVisible();

  const search = app.page.getByRole('dialog', { name: 'Search' });
  await app.page.keyboard.press('Control+K');
  await expect(search).toBeVisible();
  await search.getByRole('combobox').fill('zanzibarian');
  await expect(search.locator('.result-talk strong').first()).toHaveText('Engines for every interpreter');
  await app.page.keyboard.press('Escape');

  const userDataDir = app.userDataDir;
  await app.close();
  apps = [];
  const again = await launchApp({ userDataDir });
  apps.push(again);
  await expect(again.page.locator('.library-summit[data-summit-year="2026"] .library-talk')).toHaveCount(2);
});

test('a dropped file is imported from its bytes, can be filed under Other, and removing it keeps its notes', async () => {
  const app = await launchApp();
  apps.push(app);
  await app.page.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped.md', { type: 'text/markdown' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, WRITE_UP);
  await expect(appNotice(app.page)).toContainText('dropped.md: Added');
  await openTalk(app.page, 'Nanoseconds matter');
  await selectText(app.page, 'how far light travels');
  await app.page
    .getByRole('toolbar', { name: 'Selection' })
    .getByRole('button', { name: 'Highlight', exact: true })
    .click();
  await expect(app.page.getByRole('complementary', { name: 'Annotations' }).locator('.annotation-entry')).toHaveCount(
    1,
  );

  await app.page
    .locator('.library-source-title', { hasText: 'The Python Language Summit 2026: Lightning Talks' })
    .click();
  const controls = app.page.getByRole('region', { name: 'Imported document' });
  await controls.getByLabel('Summit year').selectOption('other');
  await expect(app.page.locator('.summit-year').last()).toHaveText('Other');
  await expect(app.page.locator('.library-summit[data-summit-year="2026"]')).toHaveCount(0);

  await app.page
    .locator('.library-source-title', { hasText: 'The Python Language Summit 2026: Lightning Talks' })
    .click();
  await controls.getByRole('button', { name: 'Remove from library…' }).click();
  await controls.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(app.page.locator('.library-talk', { hasText: 'Nanoseconds matter' })).toHaveCount(0);
  await app.page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Notebook' }).click();
  const orphan = app.page.locator('.notebook-entry[data-orphan="true"]');
  await expect(orphan).toContainText('how far light travels');
});

test('a file that is not a document is refused with a message', async () => {
  const app = await launchApp();
  apps.push(app);
  await app.page.evaluate(() => {
    const bytes = new Uint8Array(2048).map((_, index) => (index * 37) % 256);
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'photo.md'));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await expect(appNotice(app.page)).toContainText('photo.md: The file is not a text document');
});

test('imported documents travel in backups and come back on another machine', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'summit-import-')), 'summit-2026.md');
  writeFileSync(path, WRITE_UP);
  const first = await launchApp();
  apps.push(first);
  const firstDialogs = await importThroughDialog(first, [path]);
  await expect(first.page.locator('.library-summit[data-summit-year="2026"] .library-talk')).toHaveCount(2);
  const backupPath = await backUpThroughDialog(first, firstDialogs);

  const second = await launchApp();
  apps.push(second);
  const secondData = await chooseRestoreThroughDialog(second, await useTestDialogs(second), backupPath);
  await expect(secondData.getByRole('region', { name: 'Restore preview' })).toContainText('1 imported document');
  await secondData.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(second.page.locator('.library-summit[data-summit-year="2026"] .library-talk')).toHaveCount(2);
});

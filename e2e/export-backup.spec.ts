// Notes leave the app as Markdown that a parser reads back exactly, and all data survives a
// backup and restore; a malformed backup changes nothing.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import {
  backUpThroughDialog,
  chooseRestoreThroughDialog,
  launchApp,
  openExportAndBackUp,
  useTestDialogs,
  type LaunchedApp,
} from './harness';
import { annotate, appNotice, openTalk } from './helpers';

let apps: LaunchedApp[] = [];

test.afterEach(async () => {
  for (const app of apps) await app.close();
  apps = [];
});

async function start(userDataDir?: string): Promise<LaunchedApp> {
  const app = await launchApp(userDataDir ? { userDataDir } : {});
  apps.push(app);
  return app;
}

test('exporting a summit writes one Markdown file per talk that a parser reads back', async () => {
  const app = await start();
  const dialogs = await useTestDialogs(app);
  await annotate(app.page, 'Rust in Python: panic!', 'BaseException is the correct choice', 'Agreed by the room');
  await annotate(
    app.page,
    'Python for iOS, finally',
    'official presence on phone application stores',
    'App stores *matter*',
  );
  const data = await openExportAndBackUp(app);
  await data.getByLabel('Notes from').selectOption('summit:2024');
  await data.getByRole('button', { name: 'Export…' }).click();
  await expect(data.getByRole('status')).toContainText('Exported 2 files');

  const folder = join(dialogs.saveDirectory, 'export-1');
  const names = readdirSync(folder).sort();
  expect(names).toEqual(['Python for iOS, finally.md', 'Rust in Python panic!.md']);
  const rust = readFileSync(join(folder, 'Rust in Python panic!.md'), 'utf8');
  const front = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(rust)?.[1] ?? '') as Record<string, unknown>;
  expect(front).toMatchObject({
    title: 'Rust in Python: panic!',
    summit: 2024,
    speakers: ['David Hewitt'],
    source: { kind: 'article', date: '2024-06-14' },
  });
  expect(String(front.talk_id)).toMatch(/rust-in-python-panic$/);
  const body: Root = fromMarkdown(rust.replace(/^---\n[\s\S]*?\n---\n/, ''));
  const quotes = body.children.filter((node: RootContent) => node.type === 'blockquote').map((node) => toString(node));
  expect(quotes).toEqual(['BaseException is the correct choice']);
  expect(rust).toMatch(new RegExp(`\\^${String(front.talk_id)}-b\\d+\\n`));
  expect(rust).toContain('Agreed by the room');
  expect(rust).toContain(`summit-reader://talk/${String(front.talk_id)}#`);
});

test('back up, restore into an empty profile, back up again: the same data', async () => {
  const first = await start();
  const firstDialogs = await useTestDialogs(first);
  await annotate(
    first.page,
    'Pluggable JITs',
    'envisions a future where a JIT would be pip-installable',
    'Ünïcödé ✨ note',
  );
  const backupPath = await backUpThroughDialog(first, firstDialogs);
  const backupName = basename(backupPath);
  const original = JSON.parse(readFileSync(backupPath, 'utf8')) as Record<string, unknown>;

  const second = await start();
  const secondDialogs = await useTestDialogs(second);
  const restoring = await chooseRestoreThroughDialog(second, secondDialogs, backupPath);
  const preview = restoring.getByRole('region', { name: 'Restore preview' });
  await expect(preview.locator('tr[data-table="highlights"] td').first()).toHaveText('1');
  await preview.getByRole('button', { name: 'Restore' }).click();
  await expect(appNotice(second.page).filter({ hasText: `Restored from ${backupName}` })).toBeVisible();

  const again = JSON.parse(readFileSync(await backUpThroughDialog(second, secondDialogs), 'utf8')) as Record<
    string,
    unknown
  >;
  expect({ ...again, exportedAt: null }).toEqual({ ...original, exportedAt: null });
});

test('a malformed backup is refused with a message and leaves the data untouched', async () => {
  const app = await start();
  const dialogs = await useTestDialogs(app);
  await annotate(app.page, 'Burnout is Real', 'open-source burnout', 'Keep this');
  const broken = join(dialogs.saveDirectory, 'broken.json');
  writeFileSync(broken, '{"format": "summit-reader-backup", "schemaVersion": 1, "highlights": [');
  const data = await chooseRestoreThroughDialog(app, dialogs, broken);
  await expect(data.getByRole('status')).toContainText('cut short');
  await expect(data.getByRole('status')).toContainText('Your data was not changed.');
  await data.getByRole('button', { name: 'Close' }).click();
  await expect(app.page.getByRole('complementary', { name: 'Annotations' }).locator('.entry-note')).toContainText(
    'Keep this',
  );
});

test('a summit-reader:// link in a note opens the talk at the linked passage', async () => {
  const app = await start();
  const rustId = await app.page
    .locator('.library-talk', { hasText: 'Rust in Python: panic!' })
    .getAttribute('data-talk-id');
  await openTalk(app.page, 'Burnout is Real');
  const panel = app.page.getByRole('complementary', { name: 'Annotations' });
  await panel.getByRole('button', { name: 'Add talk note' }).click();
  await panel
    .getByLabel('Note (Markdown)')
    .fill(`Compare [the panic talk](summit-reader://talk/${rustId}#${rustId}-b8).`);
  await panel.getByRole('button', { name: 'Save note' }).click();
  await panel.getByRole('link', { name: 'the panic talk' }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Rust in Python: panic!');
  await expect(app.page.locator(`[id="${rustId}-b8"]`)).toBeInViewport();
  expect(app.networkAttempts).toEqual([]);
});

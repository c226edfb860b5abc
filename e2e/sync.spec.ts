// Two app profiles and a real pouchdb-server: a highlight made on one appears on the other, and a
// delete on one is not undone by an edit made offline on the other. Every request goes through
// each profile's own main process; the pages have no network.

import { expect, test, type Page } from '@playwright/test';
import { startSyncServer, type SyncServer } from '../test/sync/pouchServer';
import { launchApp, type LaunchedApp } from './harness';
import { clickText, openTalk, selectText } from './helpers';

const TALK = 'Pluggable JITs';
const PASSAGE = 'envisions a future where a JIT would be pip-installable';
const USER = 'reader';
const PASSWORD = 'correct horse battery';

let server: SyncServer;
let apps: LaunchedApp[] = [];
const database = `summit-notes-${Date.now()}`;

test.beforeAll(async () => {
  server = await startSyncServer();
  await server.addAdmin(USER, PASSWORD);
});

test.afterAll(async () => {
  for (const app of apps) await app.close();
  await server?.stop();
});

function sync(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('dialog', { name: 'Reading settings' }).getByRole('region', { name: 'Sync' });
}

async function openSync(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await expect(sync(page)).toBeVisible();
}

async function closeSettings(page: Page): Promise<void> {
  await page.getByRole('dialog', { name: 'Reading settings' }).getByRole('button', { name: 'Done' }).click();
}

/** Signs in as a reader does: Sign in… opens the window main owns, where the details are typed. */
async function signIn(app: LaunchedApp): Promise<void> {
  const page = app.page;
  await openSync(page);
  const section = sync(page);
  await section.getByRole('button', { name: 'Sign in…' }).click();
  const window = await app.waitForWindow('/sign-in.html');
  await window.getByLabel('Server address').fill(server.url);
  await window.getByLabel('Database').fill(database);
  await window.getByLabel('User name').fill(USER);
  await window.getByLabel('Password').fill(PASSWORD);
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expect(section.getByRole('status', { name: 'Last sync' })).toHaveText(/Synced/);
  await closeSettings(page);
}

async function syncNow(page: Page, expected: RegExp = /Synced/): Promise<void> {
  await openSync(page);
  await sync(page).getByRole('button', { name: 'Sync now' }).click();
  await expect(sync(page).getByRole('status', { name: 'Last sync' })).toHaveText(expected);
  await closeSettings(page);
}

function panel(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('complementary', { name: 'Annotations' });
}

test('a highlight crosses to a second computer, and a delete there survives an offline edit here', async () => {
  test.setTimeout(180_000);
  const first = await launchApp();
  const second = await launchApp();
  apps = [first, second];

  await signIn(first);
  await openTalk(first.page, TALK);
  await selectText(first.page, PASSAGE);
  await first.page
    .getByRole('toolbar', { name: 'Selection' })
    .getByRole('button', { name: 'Highlight', exact: true })
    .click();
  await expect(panel(first.page).locator('.annotation-entry')).toHaveCount(1);
  await syncNow(first.page);

  await signIn(second);
  await openTalk(second.page, TALK);
  await expect(panel(second.page).locator('.annotation-entry')).toContainText(PASSAGE);

  // Apart: the server is down; the second computer deletes, the first edits the note.
  await server.stop();
  await panel(second.page).locator('.annotation-entry').focus();
  await second.page.keyboard.press('Delete');
  await expect(panel(second.page).locator('.annotation-entry')).toHaveCount(0);
  await clickText(first.page, 'a JIT would be');
  const popover = first.page.getByRole('dialog', { name: 'Highlight' });
  await popover.getByRole('button', { name: 'Add note' }).click();
  await popover.getByLabel('Note (Markdown)').fill('Written while offline');
  await popover.getByRole('button', { name: 'Save note' }).click();
  await syncNow(first.page, /cannot be reached/);

  // Back together: the delete made knowing the highlight stays deleted on both.
  await server.start();
  await syncNow(second.page);
  await syncNow(first.page);
  await syncNow(second.page);
  await expect(panel(first.page).locator('.annotation-entry')).toHaveCount(0);
  await expect(panel(second.page).locator('.annotation-entry')).toHaveCount(0);
  expect(first.networkAttempts).toEqual([]);
  expect(second.networkAttempts).toEqual([]);
});

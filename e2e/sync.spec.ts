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

/** Opens the talk and highlights the passage, as a reader does. */
async function highlightPassage(page: Page): Promise<void> {
  await openTalk(page, TALK);
  await selectText(page, PASSAGE);
  await page
    .getByRole('toolbar', { name: 'Selection' })
    .getByRole('button', { name: 'Highlight', exact: true })
    .click();
  await expect(panel(page).locator('.annotation-entry')).toHaveCount(1);
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
  await syncNow(first.page, /Nothing answers at the server address/);

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

/** Switches sync on or off in the settings, and waits until it has settled. */
async function switchSync(page: Page, on: boolean): Promise<void> {
  await openSync(page);
  await sync(page).getByRole('checkbox', { name: 'Sync highlights, notes and reading places' }).setChecked(on);
  await expect(sync(page).getByRole('status', { name: 'Last sync' })).toHaveText(on ? /Synced/ : /off/);
  await closeSettings(page);
}

/** Recolours the highlight at `text` and writes its note, through its popover. */
async function editHighlight(page: Page, colour: string, note: string): Promise<void> {
  await clickText(page, 'a JIT would be');
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  await popover.getByRole('button', { name: colour }).click();
  await expect(popover.getByRole('button', { name: colour })).toHaveAttribute('aria-pressed', 'true');
  await popover.getByRole('button', { name: /(Add|Edit) note/ }).click();
  await popover.getByLabel('Note (Markdown)').fill(note);
  await popover.getByRole('button', { name: 'Save note' }).click();
  await expect(popover.getByText(note)).toBeVisible();
  await popover.getByRole('button', { name: 'Close' }).click();
}

test('the later edit is shown on both computers, though the one that wrote first syncs last', async () => {
  test.setTimeout(180_000);
  const first = await launchApp();
  const second = await launchApp();
  apps.push(first, second);

  await signIn(first);
  await highlightPassage(first.page);
  await syncNow(first.page);
  await signIn(second);
  await openTalk(second.page, TALK);
  await expect(panel(second.page).locator('.annotation-entry')).toContainText(PASSAGE);

  // The first computer is offline (sync switched off) and edits first; the second edits later and syncs.
  await switchSync(first.page, false);
  await editHighlight(first.page, 'Vermillion', 'Written first, offline');
  await editHighlight(second.page, 'Sky blue', 'Written later');
  await syncNow(second.page);

  // The first comes back last: switching sync on sends its older edits.
  await switchSync(first.page, true);
  await syncNow(second.page);
  for (const app of [first, second]) {
    await clickText(app.page, 'a JIT would be');
    const popover = app.page.getByRole('dialog', { name: 'Highlight' });
    await expect(popover.getByRole('button', { name: 'Sky blue' })).toHaveAttribute('aria-pressed', 'true');
    await expect(popover.locator('.markdown-preview').first()).toHaveText('Written later');
    await expect(popover.getByRole('region', { name: 'Other versions of this note' })).toContainText(
      'Written first, offline',
    );
    await popover.getByRole('button', { name: 'Close' }).click();
    // The note is marked wherever it shows: the side panel, the library's foot, the notebook.
    await expect(panel(app.page).getByRole('note')).toHaveText(/Two versions/);
    await expect(app.page.getByRole('status', { name: 'Sync status' })).toHaveText(
      /1 note has two versions to choose between/,
    );
  }
  await first.page.keyboard.press('Control+Shift+N');
  const notebook = first.page.locator('.notebook');
  await notebook.getByLabel('Only notes with two versions').check();
  await expect(notebook.locator('.notebook-entry')).toHaveCount(1);
  await expect(notebook.locator('.notebook-entry').getByRole('note')).toHaveText(/Two versions/);
});

test('sync speaks in words: at sign-in and in the library’s foot', async () => {
  test.setTimeout(120_000);
  const app = await launchApp();
  apps.push(app);
  const foot = app.page.getByRole('status', { name: 'Sync status' });
  await expect(foot).toHaveText('Sync is not set up.');

  // An address where nothing listens: a sentence that says what to do, never "fetch failed".
  const closed = await startSyncServer();
  const closedUrl = closed.url;
  await closed.stop();
  await openSync(app.page);
  await sync(app.page).getByRole('button', { name: 'Sign in…' }).click();
  const window = await app.waitForWindow('/sign-in.html');
  await window.getByLabel('Server address').fill(closedUrl);
  await window.getByLabel('Database').fill('words');
  await window.getByLabel('User name').fill(USER);
  await window.getByLabel('Password').fill(PASSWORD);
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expect(window.getByRole('alert')).toHaveText(/Nothing answers at the server address/);
  await expect(window.getByRole('alert')).not.toContainText('fetch failed');
  await window.getByRole('button', { name: 'Cancel' }).click();
  await closeSettings(app.page);

  await signIn(app);
  await expect(foot).toHaveText(/^Synced just now\./);
  await switchSync(app.page, false);
  await expect(foot).toHaveText(/^Sync is off\./);
});

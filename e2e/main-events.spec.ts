// Messages main sends unasked, end to end through main's own code, the real preload and the page:
// a menu choice runs its action, and a summit-reader:// link from the system opens its passage,
// even when it arrived before the page was listening. Drives the Electron stand-in, so it runs in
// Chromium mode; in Electron mode electron-window.spec.ts covers the menu.

import { expect, test } from '@playwright/test';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;

test.beforeEach(async () => {
  app = await launchApp();
  test.skip(!app.main, 'Drives the Electron stand-in, which runs in Chromium mode only.');
  await app.page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
});

test.afterEach(async () => {
  await app?.close();
});

test('choosing Go → Open the notebook in the application menu opens the notebook', async () => {
  await app.main?.request({ op: 'menu-click', itemId: 'go.notebook' });
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Notebook');
});

test('choosing File → Import documents… asks main for files through its dialog', async () => {
  await app.main?.request({ op: 'desktop', importFiles: ['/no/such/file.md'] });
  await app.main?.request({ op: 'menu-click', itemId: 'file.import' });
  await expect(app.page.getByRole('status').filter({ hasText: 'file.md' })).toBeVisible();
});

test('a link from the system opens the talk at its passage, also one sent while the page reloads', async () => {
  const talkId = await app.page
    .locator('.library-talk', { hasText: 'Rust in Python: panic!' })
    .getAttribute('data-talk-id');
  const link = `summit-reader://talk/${talkId}#${talkId}-b8`;
  await app.main?.request({ op: 'app-event', name: 'second-instance', argv: ['summit-reader', link] });
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Rust in Python: panic!');
  await expect(app.page.locator(`[id="${talkId}-b8"]`)).toBeInViewport();

  // Another talk's link, sent while the page reloads (which by itself reopens the last talk): the
  // link wins, whichever of the two the page has first.
  const burnoutId = await app.page
    .locator('.library-talk', { hasText: 'Burnout is Real' })
    .getAttribute('data-talk-id');
  const reloading = app.page.reload();
  await app.main?.request({ op: 'page-event', windowId: app.windowId, name: 'did-start-loading' });
  await app.main?.request({ op: 'app-event', name: 'open-url', url: `summit-reader://talk/${burnoutId}` });
  await reloading;
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Burnout is Real');
  await app.page.locator('html[data-last-talk-checked="true"]').waitFor({ state: 'attached' });
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Burnout is Real');
});

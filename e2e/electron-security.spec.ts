// Electron-only: the window's web preferences, the app:// origin and navigation rules of the real app.

import { expect, test } from '@playwright/test';
import type { ElectronApplication } from '@playwright/test';
import { electronOnly, launchApp, type LaunchedApp } from './harness';

electronOnly();

let app: LaunchedApp;

test.beforeAll(async () => {
  app = await launchApp();
});

test.afterAll(async () => {
  await app?.close();
});

function electronApp(): ElectronApplication {
  if (!app.electronApp) throw new Error('These specs need the Electron harness mode.');
  return app.electronApp;
}

test('the page runs sandboxed, isolated and without Node', async () => {
  const page = await app.page.evaluate(() => ({
    hasRequire: typeof (globalThis as Record<string, unknown>).require,
    hasProcess: typeof (globalThis as Record<string, unknown>).process,
    hasBuffer: typeof (globalThis as Record<string, unknown>).Buffer,
  }));
  expect(page).toEqual({ hasRequire: 'undefined', hasProcess: 'undefined', hasBuffer: 'undefined' });
  const windows = await electronApp().evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
  expect(windows).toBe(1);
});

test('the renderer is served from the fixed app:// origin', async () => {
  expect(await app.page.evaluate(() => location.origin)).toBe('app://summit-reader');
  expect(await electronApp().evaluate(({ app: electronApp }) => electronApp.getName())).toBe('Summit Reader');
});

test('the protocol refuses paths that escape the renderer folder', async () => {
  const statuses = await app.page.evaluate(async () => {
    const escape = await fetch('app://summit-reader/..%2f..%2fpackage.json').then((response) => response.status);
    // The URL parser removes %2e%2e segments before the handler sees them: the file is not found.
    const dotted = await fetch('app://summit-reader/%2e%2e/%2e%2e/package.json').then((response) => response.status);
    const foreignHost = await fetch('app://elsewhere/index.html').then(
      (response) => response.status,
      () => 0,
    );
    return { escape, dotted, foreignHost };
  });
  expect(statuses.escape).toBe(403);
  expect(statuses.dotted).toBe(404);
  expect([0, 403]).toContain(statuses.foreignHost);
});

test('navigating away from the app is denied', async () => {
  // Main's own decision, read from the navigation event, rather than the origin after a pause.
  await electronApp().evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0].webContents;
    const record = globalThis as { navigationDecision?: { url: string; prevented: boolean } };
    contents.once('will-navigate', (event, url) => {
      // Registered after main's handler, so main has decided by now.
      record.navigationDecision = { url, prevented: event.defaultPrevented };
    });
  });
  await app.page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await expect
    .poll(() =>
      electronApp().evaluate(() => (globalThis as { navigationDecision?: unknown }).navigationDecision ?? null),
    )
    .toEqual({ url: 'https://example.com/', prevented: true });
  expect(await app.page.evaluate(() => location.origin)).toBe('app://summit-reader');
});

test('permission requests and checks are denied by the session', async () => {
  // Notifications need no device, so the answers are the permission handlers' decisions, not a
  // missing microphone's NotFoundError.
  const answers = await app.page.evaluate(async () => ({
    requested: await Notification.requestPermission(),
    checked: (await navigator.permissions.query({ name: 'notifications' })).state,
    geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
  }));
  expect(answers).toEqual({ requested: 'denied', checked: 'denied', geolocation: 'denied' });
});

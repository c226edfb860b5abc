// Electron-only: the window's web preferences, the app:// origin and navigation rules of the real app.

import { expect, test } from '@playwright/test';
import { electronOnly, launchApp, type LaunchedApp } from './harness';

electronOnly();

let app: LaunchedApp;

test.beforeAll(async () => {
  app = await launchApp();
});

test.afterAll(async () => {
  await app?.close();
});

test('the window runs sandboxed with context isolation and without Node integration', async () => {
  const preferences = await app.electronApp!.evaluate(({ BrowserWindow }) => {
    const prefs = BrowserWindow.getAllWindows()[0].webContents.getLastWebPreferences();
    return { contextIsolation: prefs?.contextIsolation, sandbox: prefs?.sandbox, nodeIntegration: prefs?.nodeIntegration };
  });
  expect(preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
});

test('the renderer is served from the fixed app:// origin', async () => {
  expect(await app.page.evaluate(() => location.origin)).toBe('app://summit-reader');
  expect(await app.electronApp!.evaluate(({ app: electronApp }) => electronApp.getName())).toBe('Summit Reader');
});

test('the protocol refuses paths that escape the renderer folder', async () => {
  const statuses = await app.page.evaluate(async () => {
    const escape = await fetch('app://summit-reader/%2e%2e/%2e%2e/package.json').then((response) => response.status);
    const foreignHost = await fetch('app://elsewhere/index.html').then(
      (response) => response.status,
      () => 0,
    );
    return { escape, foreignHost };
  });
  expect(statuses.escape).toBe(403);
  expect([0, 403]).toContain(statuses.foreignHost);
});

test('navigating away from the app is denied', async () => {
  await app.page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await app.page.waitForTimeout(500);
  expect(await app.page.evaluate(() => location.origin)).toBe('app://summit-reader');
});

test('permission requests are denied', async () => {
  const state = await app.page.evaluate(async () => {
    try {
      await navigator.mediaDevices.getUserMedia({ audio: true });
      return 'granted';
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(state).not.toBe('granted');
});

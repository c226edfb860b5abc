// The bridge between page and main: only the contract's named methods, and bad calls answered as values.

import { expect, test } from '@playwright/test';
import { ipcEventNames, ipcEventSubscriber, ipcMethods } from '../src/shared/ipc/contract';
import { electronOnly, launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;

test.beforeAll(async () => {
  app = await launchApp();
});

test.afterAll(async () => {
  await app.close();
});

test('the preload exposes exactly the contract’s named methods and its event subscriptions', async () => {
  // In both modes this is the built preload's own output: the names it hands to contextBridge.
  const methods = await app.page.evaluate(() => Object.keys((window as unknown as { summit: object }).summit).sort());
  expect(methods).toEqual([...ipcMethods, ...ipcEventNames.map(ipcEventSubscriber)].sort());
});

test('the page has no Node or Electron internals, and the bridge cannot be changed', async () => {
  // Isolation is Electron's: in Chromium mode the stand-in decides these facts, so they would
  // test the harness, not the app (ADR 0006).
  electronOnly();
  const surface = await app.page.evaluate(() => ({
    frozen: Object.isFrozen((window as unknown as { summit: object }).summit),
    hasRequire: 'require' in window,
    hasProcess: 'process' in window,
    hasIpcRenderer: 'ipcRenderer' in window,
  }));
  expect(surface).toEqual({ frozen: true, hasRequire: false, hasProcess: false, hasIpcRenderer: false });
});

test('a call with a wrong argument comes back as a typed error value', async () => {
  const results = await app.page.evaluate(async () => {
    const api = (window as unknown as { summit: Record<string, (...args: unknown[]) => Promise<unknown>> }).summit;
    return {
      traversal: await api.getTalk('../../etc/passwd'),
      wrongType: await api.getTalk(42),
      missing: await api.getTalk(),
      extra: await api.getLibrary('unexpected'),
      unknownTalk: await api.getTalk('no-such-talk'),
    };
  });
  expect(results.traversal).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  expect(results.wrongType).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  expect(results.missing).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  expect(results.extra).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  expect(results.unknownTalk).toMatchObject({ ok: false, error: { code: 'not-found' } });
});

test('the library carries a corpus version hash', async () => {
  const result = await app.page.evaluate(() =>
    (
      window as unknown as { summit: { getLibrary(): Promise<{ ok: boolean; value: { corpusVersion: string } }> } }
    ).summit.getLibrary(),
  );
  expect(result.ok).toBe(true);
  expect(result.value.corpusVersion).toMatch(/^[0-9a-f]{16}$/);
});

// Electron-only: the application menu and the window's remembered size and position.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { electronOnly, launchApp } from './harness';

electronOnly();

test('the application menu has the usual sections, wired to the app’s actions', async () => {
  const app = await launchApp();
  try {
    const labels = await app.electronApp?.evaluate(
      ({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? [],
    );
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Go', 'Help']));
    await app.electronApp?.evaluate(({ Menu }) => {
      const go = Menu.getApplicationMenu()?.items.find((item) => item.label === 'Go');
      go?.submenu?.items.find((item) => item.label === 'Open the notebook')?.click();
    });
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Notebook');
  } finally {
    await app.close();
  }
});

test('the window reopens with the size and position it had', async () => {
  const first = await launchApp();
  await first.electronApp?.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0].setBounds({ x: 40, y: 50, width: 900, height: 700 }),
  );
  // The state is written after moves settle and again on close; wait for the file to hold it.
  const statePath = join(first.userDataDir, 'window-state.json');
  await expect
    .poll(() =>
      readFile(statePath, 'utf8').then(
        (text) => JSON.parse(text) as object,
        () => null,
      ),
    )
    .toMatchObject({ width: 900, height: 700 });
  await first.close();
  const second = await launchApp({ userDataDir: first.userDataDir });
  try {
    const bounds = await second.electronApp?.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0].getBounds(),
    );
    expect(bounds).toEqual({ x: 40, y: 50, width: 900, height: 700 });
  } finally {
    await second.close();
  }
});

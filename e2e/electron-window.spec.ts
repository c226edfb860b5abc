// Electron-only: the application menu and the window's remembered size and position.

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
  await first.page.waitForTimeout(800);
  await first.close();
  const second = await launchApp({ userDataDir: first.userDataDir });
  try {
    const bounds = await second.electronApp?.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0].getBounds(),
    );
    expect(bounds).toMatchObject({ width: 900, height: 700 });
  } finally {
    await second.close();
  }
});

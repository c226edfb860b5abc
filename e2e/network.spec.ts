// Offline by design: reading the bundled corpus never reaches for the network.

import { expect, test } from '@playwright/test';
import { launchApp } from './harness';

test('browsing the library and opening talks makes no network request', async () => {
  const app = await launchApp();
  try {
    const { page } = app;
    await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('heading', { level: 3 })).toHaveCount(4);
    for (const name of [/Pluggable JITs/, /Making asserts cooler/, /Talk Python To Me #514/, /Burnout is Real/]) {
      await page.getByRole('button', { name }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await page.getByRole('button', { name: /Talk Python #375/ }).click();
    await expect(page.locator('.source-links')).toBeVisible();
    expect(app.networkAttempts).toEqual([]);
  } finally {
    await app.close();
  }
});

test('the content security policy stops the page from loading remote resources', async () => {
  const app = await launchApp();
  try {
    const blocked = await app.page.evaluate(async () => {
      try {
        await fetch('https://example.com/');
        return false;
      } catch {
        return true;
      }
    });
    expect(blocked).toBe(true);
    expect(app.networkAttempts).toEqual([]);
  } finally {
    await app.close();
  }
});

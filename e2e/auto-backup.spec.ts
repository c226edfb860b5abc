// Never silently start empty: changes are backed up automatically, and a lost database is
// offered back from the newest backup.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp, type LaunchedApp } from './harness';
import { openTalk, selectText } from './helpers';

let app: LaunchedApp | null = null;

test.afterEach(async () => {
  await app?.close();
  app = null;
});

function backupFiles(userDataDir: string): string[] {
  try {
    return readdirSync(join(userDataDir, 'backups')).filter((name) => name.startsWith('auto-backup-'));
  } catch {
    return [];
  }
}

test('a change is backed up automatically, and a lost database is offered back', async () => {
  app = await launchApp();
  const { page, userDataDir } = app;
  await openTalk(page, 'Pluggable JITs');
  await selectText(page, 'envisions a future where a JIT would be pip-installable');
  await page
    .getByRole('toolbar', { name: 'Selection' })
    .getByRole('button', { name: 'Highlight', exact: true })
    .click();
  await expect(page.getByRole('complementary', { name: 'Annotations' }).locator('.annotation-entry')).toHaveCount(1);
  await expect.poll(() => backupFiles(userDataDir).length, { timeout: 15_000 }).toBeGreaterThan(0);

  // The database disappears, as after a damaged profile.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('summit-reader');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-backup-offer-decided', 'offered');
  const offer = page.getByRole('dialog', { name: 'Restore from a backup' });
  await expect(offer).toContainText('Your highlights and notes are not here.');
  await offer.getByRole('button', { name: 'Restore the backup' }).click();
  await expect(offer).toBeHidden();
  await openTalk(page, 'Pluggable JITs');
  await expect(page.getByRole('complementary', { name: 'Annotations' }).locator('.annotation-entry')).toContainText(
    'envisions a future where a JIT would be pip-installable',
  );
});

test('a new reader with no backups starts without being asked anything', async () => {
  app = await launchApp();
  await expect(app.page.getByRole('navigation', { name: 'Library' })).toBeVisible();
  // The app has looked for backups and decided: only then does "no dialog" mean none was offered.
  await expect(app.page.locator('html')).toHaveAttribute('data-backup-offer-decided', 'none');
  await expect(app.page.getByRole('dialog', { name: 'Restore from a backup' })).toHaveCount(0);
});

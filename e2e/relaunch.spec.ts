// Relaunching with the same profile finds the reader's own data: a highlight made in the app, its
// note, and the talk that was open, read back by the app itself after the restart. In Electron mode
// the page is also on the app's fixed origin, app://summit-reader, where that data lives.

import { expect, test } from '@playwright/test';
import { harnessMode, launchApp } from './harness';
import { openTalk, selectText } from './helpers';

const TALK = 'Pluggable JITs';
const PASSAGE = 'envisions a future where a JIT would be pip-installable';

test('a highlight, its note and the open talk survive a relaunch with the same profile', async () => {
  const first = await launchApp();
  await openTalk(first.page, TALK);
  await selectText(first.page, PASSAGE);
  await first.page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Add note' }).click();
  await first.page.getByLabel('Note (Markdown)').fill('kept across restarts');
  await first.page.getByRole('button', { name: 'Save note' }).click();
  const panel = first.page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel.locator('.annotation-entry')).toHaveCount(1);
  await expect(panel).toContainText('kept across restarts');
  await first.close();

  const second = await launchApp({ userDataDir: first.userDataDir });
  try {
    if (harnessMode === 'electron')
      expect(await second.page.evaluate(() => location.href)).toMatch(/^app:\/\/summit-reader\//);
    // The app reopens the talk read last, and shows the highlight and note it stored.
    await expect(second.page.getByRole('heading', { level: 1 })).toHaveText(TALK);
    const panel = second.page.getByRole('complementary', { name: 'Annotations' });
    await expect(panel.locator('.annotation-entry')).toHaveCount(1);
    await expect(panel.locator('.annotation-entry')).toContainText(PASSAGE);
    await expect(panel).toContainText('kept across restarts');
  } finally {
    await second.close();
  }
});

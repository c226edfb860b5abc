// A summit episode's transcript linked to the talks it discusses, in the built app: its outline
// lists the talks instead of ten-minute chapters, a part's mark opens its talk, and the talk says
// where the episode discusses it and opens the transcript there.

import { expect, test } from '@playwright/test';
import { launchApp, type LaunchedApp } from './harness';
import { openTalk } from './helpers';

let app: LaunchedApp | null = null;

test.afterEach(async () => {
  await app?.close();
  app = null;
});

test('the #514 transcript and the 2025 talks it discusses link to each other', async () => {
  app = await launchApp();
  const { page } = app;
  await openTalk(page, 'Talk Python To Me #514 (transcript)');

  const outline = page.getByRole('navigation', { name: 'Outline' });
  const talkEntries = outline.getByRole('button', { name: /— Is “worse is better” still better\?$/ });
  await expect(talkEntries.first()).toBeVisible();
  // Ten-minute chapters remain only where no talk is discussed: the first is the opening.
  await expect(outline.getByRole('button').first()).toHaveText(/^0:00 — /);

  // The outline entry jumps to the part, which is marked in the text with a link to its talk.
  const label = (await talkEntries.first().textContent()) ?? '';
  const time = label.split(' — ')[0];
  await talkEntries.first().click();
  const mark = page.locator('.transcript-part', { hasText: `From ${time}, about the talk` });
  await expect(mark).toBeInViewport();
  await mark.getByRole('button', { name: 'Is “worse is better” still better?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is “worse is better” still better?');

  // The talk says where the episode discusses it, and opens the transcript there.
  const discussed = page.getByRole('list', { name: 'Discussed in' });
  const link = discussed.getByRole('button', { name: `Discussed in Talk Python To Me #514 at ${time}` });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Talk Python To Me #514 (transcript)');
  await expect(page.locator('.talk-body .search-target .timestamp')).toHaveText(time);
  await expect(page.locator('.talk-body .search-target')).toBeInViewport();

  // A talk the episode does not discuss says nothing of it.
  await openTalk(page, 'Rust in Python: panic!');
  await expect(page.getByRole('list', { name: 'Discussed in' })).toHaveCount(0);
});

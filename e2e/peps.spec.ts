// Following a PEP from a talk to what became of it and back to every talk that discussed it, even a
// talk from before the PEP had a number; the `pep:` search; citing a talk. All offline: the PEP
// facts are the bundled snapshot.

import AxeBuilder from '@axe-core/playwright';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { importThroughDialog, launchApp, readClipboard, type LaunchedApp } from './harness';
import { appNotice, openTalk } from './helpers';

let app: LaunchedApp;

test.afterEach(async () => {
  await app?.close();
});

const NOGIL_2023 = 'Making the Global Interpreter Lock Optional';
const NOGIL_2022 = 'Removing the Global Interpreter Lock (No GIL)';

function card(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('dialog', { name: /^PEP \d+$/ });
}

test('a mention opens the PEP card, and the card leads to every talk that discussed it', async () => {
  app = await launchApp();
  const { page } = app;
  await openTalk(page, NOGIL_2023);
  const mention = page.locator('.talk-body button.pep-mention[data-pep="703"]').first();
  await expect(mention).toHaveText('PEP 703');
  // The controls leave the paragraph's text as it was (highlights anchor on it).
  const paragraph = mention.locator('xpath=ancestor::*[@data-text-of][1]');
  expect(await paragraph.textContent()).toContain('written a PEP – PEP 703 – which');

  await mention.click();
  await expect(card(page)).toBeVisible();
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(
    'PEP 703: Making the Global Interpreter Lock Optional in CPython',
  );
  await expect(card(page).locator('.pep-status')).toHaveText('Final, as of 22 Aug 2026');
  await expect(card(page).locator('[data-python-version="3.13"]')).toHaveText(
    'Python 3.13 (first released 7 Oct 2024)',
  );
  await expect(card(page).getByText('24 Oct 2023')).toBeVisible();

  await card(page).getByRole('button', { name: 'Talks that mention it' }).click();
  await expect(card(page)).toBeHidden();
  const entry = page.locator('[data-pep-entry="703"]');
  await expect(entry).toBeFocused();
  await expect(entry.locator('.pep-timeline li')).toHaveText([
    '2022 summit: discussed (before the PEP)',
    '2023 summit: discussed',
    'accepted Oct 2023',
    'shipped in Python 3.13 (Oct 2024)',
    '2025 summit: discussed',
  ]);
  const places = entry.locator('.pep-mentions > li');
  await expect(places.first()).toContainText(NOGIL_2023);
  await expect(places.last()).toContainText('2025 · Transcript');

  // From the PEPs view to the transcript, opened at the passage.
  await places.last().getByRole('button').click();
  await expect(page.locator('.talk-body .search-target')).toContainText('PEP 703');
  expect(app.networkAttempts).toEqual([]);
});

test('a 2022 talk from before PEP 703 had a number leads to its card and to every talk that discussed it', async () => {
  app = await launchApp();
  const { page } = app;
  await openTalk(page, NOGIL_2022);
  await expect(page.locator('.talk-context')).toHaveText('Python Language Summit 2022');
  // The 2022 text never says "PEP 703": no mention, but an inferred link with its evidence.
  await expect(page.locator('.talk-body button.pep-mention[data-pep="703"]')).toHaveCount(0);
  const panel = page.getByRole('region', { name: 'Earlier discussion of later PEPs' });
  const item = panel.locator('[data-earlier-pep="703"]');
  await expect(item).toContainText('Making the Global Interpreter Lock Optional in CPython');
  await expect(item.locator('.pep-evidence')).toHaveText(
    'Before PEP 703 existed — names its author Sam Gross and ‘global interpreter lock’',
  );

  await item.getByRole('button', { name: 'PEP 703' }).click();
  await expect(card(page).locator('.pep-status')).toHaveText('Final, as of 22 Aug 2026');
  await expect(card(page).locator('[data-python-version="3.13"]')).toHaveText(
    'Python 3.13 (first released 7 Oct 2024)',
  );
  await expect(card(page).getByText('24 Oct 2023')).toBeVisible();
  const earlier = card(page).getByRole('region', { name: 'Discussed before it had a number' });
  await expect(earlier.getByRole('button', { name: NOGIL_2022 })).toBeVisible();

  await card(page).getByRole('button', { name: 'Talks that mention it' }).click();
  const entry = page.locator('[data-pep-entry="703"]');
  await expect(entry.locator('.pep-timeline li').first()).toHaveText('2022 summit: discussed (before the PEP)');
  await expect(entry.locator('.pep-earlier li')).toHaveCount(1);
  await expect(entry.locator('.pep-earlier li')).toContainText(NOGIL_2022);
  // On to the 2023 talk that mentions it by number, opened at the passage.
  await entry.locator('.pep-mentions > li', { hasText: NOGIL_2023 }).first().getByRole('button').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOGIL_2023);
  await expect(page.locator('.talk-body .search-target')).toContainText('PEP 703');

  // And back: from the PEPs view, the earlier talk opens at the passage that names Sam Gross.
  await page.getByRole('button', { name: 'PEPs', exact: true }).click();
  await page.locator('[data-pep-entry="703"] .pep-earlier li').getByRole('button', { name: NOGIL_2022 }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOGIL_2022);
  await expect(page.locator('.talk-body .search-target')).toContainText('Sam Gross’s “no GIL” fork');
  expect(app.networkAttempts).toEqual([]);
});

test('a 2022 talk’s PEP is reached by keyboard, and its card links to the PEP it replaced', async () => {
  app = await launchApp();
  const { page } = app;
  const talk2022 = page.locator('.library-talk', { hasText: 'Per-Interpreter GIL' }).first();
  await talk2022.click();
  await expect(page.locator('.talk-context')).toHaveText('Python Language Summit 2022');
  const panel = page.locator('[data-pep-item="684"]');
  await expect(panel).toContainText('A Per-Interpreter GIL');
  await expect(panel).toContainText('Final, as of 22 Aug 2026');

  const mention = page.locator('.talk-body button.pep-mention[data-pep="684"]').first();
  await mention.focus();
  await page.keyboard.press('Enter');
  await expect(card(page).locator('[data-python-version="3.12"]')).toHaveText(
    'Python 3.12 (first released 2 Oct 2023)',
  );
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();

  // A card links to the PEP it replaced, whose card links back to the one that superseded it.
  await page.getByRole('button', { name: 'PEPs', exact: true }).click();
  await page.locator('[data-pep-entry="634"] h2 button.pep-mention').click();
  await card(page).getByRole('button', { name: 'PEP 622' }).click();
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText('PEP 622: Structural Pattern Matching');
  await expect(card(page).locator('.pep-status')).toHaveText('Superseded, as of 22 Aug 2026');
  await expect(card(page).getByRole('button', { name: 'PEP 634' })).toBeVisible();
  // No talk mentions PEP 622: the card says so rather than offer talks that mention it.
  await expect(card(page).getByText('No talk in the library mentions PEP 622.')).toBeVisible();
  await expect(card(page).getByRole('button', { name: 'Talks that mention it' })).toHaveCount(0);
  await card(page).getByRole('button', { name: 'Open on peps.python.org' }).click();
  await expect
    .poll(async () => (app.main ? (await app.main.state()).desktop.openedLinks : ['electron']))
    .toEqual(app.main ? ['https://peps.python.org/pep-0622/'] : ['electron']);
});

test('a PEP mentioned in a note opens its card, and an unknown number says so', async () => {
  app = await launchApp();
  const { page } = app;
  await openTalk(page, NOGIL_2023);
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await panel.getByRole('button', { name: 'Add talk note' }).click();
  await panel.getByLabel('Note (Markdown)').fill('Compare with PEP 9999 and `PEP 8`.');
  await panel.getByRole('button', { name: 'Save note' }).click();
  const mention = panel.locator('.markdown-preview button.pep-mention');
  await expect(mention).toHaveCount(1);
  await mention.click();
  await expect(card(page)).toContainText('The PEP snapshot of 22 Aug 2026 holds no PEP 9999');
});

test('an imported write-up’s mentions are controls, and join the PEP’s talks and timeline', async () => {
  app = await launchApp();
  const { page } = app;
  // A real 2024 write-up the app does not bundle.
  await importThroughDialog(app, [
    join(import.meta.dirname, '..', 'test', 'corpus-eval', 'docs', 'M-2024-free-threading-ecosystems.txt'),
  ]);
  await expect(appNotice(page)).toContainText('under the 2024 summit');
  await page
    .locator('.library-summit[data-summit-year="2024"] .library-talk', { hasText: 'Free-threading ecosystems' })
    .click();
  await page.locator('.talk-body button.pep-mention[data-pep="703"]').first().click();
  await expect(card(page).locator('.pep-status')).toHaveText('Final, as of 22 Aug 2026');
  await card(page).getByRole('button', { name: 'Talks that mention it' }).click();
  const entry = page.locator('[data-pep-entry="703"]');
  await expect(entry.locator('.pep-timeline li')).toHaveText([
    '2022 summit: discussed (before the PEP)',
    '2023 summit: discussed',
    'accepted Oct 2023',
    '2024 summit: discussed',
    'shipped in Python 3.13 (Oct 2024)',
    '2025 summit: discussed',
  ]);
  await expect(entry.locator('.pep-mentions > li').filter({ hasText: 'Free-threading ecosystems' })).not.toHaveCount(0);
});

test('an imported write-up dated after the PEP it discusses is not said to come before it', async () => {
  app = await launchApp();
  const { page } = app;
  // A real write-up the app does not bundle: Hugo van Kemenade's CalVer talk, given by the author of
  // PEP 2026 and on its subject, but written up on 14 Jun 2024, after the PEP's Created date (11 Jun).
  await importThroughDialog(app, [join(import.meta.dirname, '..', 'test', 'corpus-eval', 'docs', 'M-2024-calver.txt')]);
  await expect(appNotice(page)).toContainText('under the 2024 summit');
  await page.getByRole('button', { name: 'PEPs', exact: true }).click();
  // The index is loaded (the write-up's mention of PEP 602 is in it) and holds nothing for PEP 2026.
  const place = page.locator('[data-pep-entry="602"] .pep-mentions > li').filter({ hasText: 'Calendar Versioning' });
  await expect(place).toHaveCount(1);
  await expect(page.locator('[data-pep-entry="2026"]')).toHaveCount(0);
  // The talk's side panel, reading the same index, lists no earlier discussion either.
  await place.getByRole('button').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Calendar Versioning');
  await expect(page.locator('[data-pep-item="602"]')).toBeVisible();
  await expect(page.locator('[data-earlier-pep]')).toHaveCount(0);
});

test('the PEPs view filters by status', async () => {
  app = await launchApp();
  const { page } = app;
  await page.getByRole('button', { name: 'PEPs', exact: true }).click();
  await expect(page.locator('[data-pep-entry="703"]')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Deferred' }).check();
  const statuses = await page
    .locator('.pep-entry .pep-status')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-status')));
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set(['Deferred']));
  await expect(page.locator('[data-pep-entry="703"]')).toHaveCount(0);
});

test('the PEPs view, a PEP card and a talk’s earlier PEPs have no serious accessibility violations', async () => {
  app = await launchApp();
  const { page } = app;
  const serious = async (): Promise<string[]> =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  await openTalk(page, NOGIL_2022);
  await expect(page.locator('[data-earlier-pep="703"]')).toBeVisible();
  expect(await serious()).toEqual([]);
  await page.getByRole('button', { name: 'PEPs', exact: true }).click();
  await expect(page.locator('[data-pep-entry="703"]')).toBeVisible();
  expect(await serious()).toEqual([]);
  await page.locator('[data-pep-entry="703"] h2 button.pep-mention').click();
  await expect(card(page).locator('.pep-status')).toBeVisible();
  expect(await serious()).toEqual([]);
});

test('pep:703 in search keeps the talks that mention it', async () => {
  app = await launchApp();
  const { page } = app;
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox').fill('pep:703');
  const titles = palette.locator('.result-talk strong');
  await expect(titles.first()).toBeVisible();
  const found = await titles.allInnerTexts();
  expect(found).toContain(NOGIL_2023);
  expect(found.length).toBe(2);
});

test('Cite this talk copies BibTeX that citation-js reads back', async () => {
  app = await launchApp();
  const { page } = app;
  await openTalk(page, NOGIL_2023);
  await page.getByText('Cite this talk').click();
  await page.locator('[data-cite="talk-bibtex"]').click();
  await expect(page.getByText('Copied as BibTeX.')).toBeVisible();
  const bibtex = (await readClipboard(app)) ?? '';
  const [item] = new Cite(bibtex).data;
  expect(item).toMatchObject({ title: NOGIL_2023, author: [{ family: 'Gross', given: 'Sam' }] });
  await page.locator('[data-cite="talk-csl"]').click();
  await expect(page.getByText('Copied as CSL-JSON.')).toBeVisible();
  const [csl] = JSON.parse((await readClipboard(app)) ?? '[]') as { type: string }[];
  expect(csl.type).toBe('speech');
});

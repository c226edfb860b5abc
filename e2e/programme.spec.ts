// Real documents imported as a reader would: a reStructuredText post reads as cleanly as a bundled
// Markdown one, and a summit's overview post shows its programme, each entry opening the talk the
// library holds or saying that it is not in the library.

import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { importThroughDialog, launchApp, type LaunchedApp } from './harness';
import { openTalk } from './helpers';

const devSet = join(import.meta.dirname, '..', 'test', 'corpus-eval', 'docs');
let app: LaunchedApp;

test.beforeEach(async () => {
  app = await launchApp();
});

test.afterEach(async () => {
  await app?.close();
});

async function importFiles(files: string[]): Promise<void> {
  await importThroughDialog(
    app,
    files.map((file) => join(devSet, file)),
  );
  await expect(app.page.getByRole('status').filter({ hasText: 'Added' }).first()).toBeVisible();
}

test('an imported reStructuredText post reads like a Markdown one: title, date, sections, no markup', async () => {
  await importFiles(['R-2019-time-zones-stdlib.txt']);
  const summit = app.page.locator('.library-summit[data-summit-year="2019"]');
  await expect(summit.locator('.library-talk .talk-title')).toHaveText(['Time Zones In The Standard Library']);
  await expect(summit.locator('.library-talk .talk-speakers')).toHaveText(['Paul Ganssle']);
  await openTalk(app.page, 'Time Zones In The Standard Library');
  const talk = app.page.locator('.talk');
  await expect(talk.locator('.talk-source')).toContainText('2019');
  await expect(talk.getByRole('heading', { level: 2, name: 'Ambiguous Times' })).toBeVisible();
  await expect(talk.locator('pre, code').first()).toContainText('America/New_York');
  const text = await talk.innerText();
  for (const markup of ['.. post::', '`_', '<https://', 'googleusercontent', '====', 'originally posted'])
    expect(text, markup).not.toContain(markup);
});

test('an overview post shows the summit’s programme, opening the talks the library holds', async () => {
  await importFiles(['R-2021-overview.txt', 'R-2021-docs-work-group.txt']);
  const summit = app.page.locator('.library-summit[data-summit-year="2021"]');
  const held = summit.locator('.programme-entry', { hasText: 'The Python Documentation Work Group' });
  await expect(held.locator('.programme-status')).toHaveText('Programme · in the library');
  await expect(held.locator('.talk-speakers')).toHaveText('Mariatta Wijaya, Carol Willing');
  const missing = summit.locator('.programme-entry', { hasText: 'Making CPython Faster' });
  await expect(missing.locator('.programme-status')).toHaveText('Programme · not in the library');
  await expect(summit.locator('.programme-entry')).toHaveCount(13);

  await held.click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('The Python Documentation Work Group');
  await expect(app.page.locator('.talk-byline')).toHaveText('Mariatta Wijaya, Carol Willing');

  await missing.click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Making CPython Faster');
  await expect(app.page.getByRole('note')).toContainText('not in the library');
});

test('overview posts in other forms show their programmes with presenters: a Markdown list and a reStructuredText one', async () => {
  const programmes = join(import.meta.dirname, '..', 'test', 'fixtures', 'programmes');
  await importThroughDialog(app, [
    join(programmes, 'overview-2025-markdown.txt'),
    join(programmes, 'overview-2024-rst.txt'),
  ]);
  await expect(app.page.getByRole('status').filter({ hasText: 'Added' }).first()).toBeVisible();

  const markdown = app.page.locator('.library-summit[data-summit-year="2025"] .programme-entry');
  await expect(markdown).toHaveCount(4);
  const governance = markdown.filter({ hasText: 'Packaging Governance Process (PEP 772)' });
  await expect(governance.locator('.talk-speakers')).toHaveText('Barry Warsaw, Pradyun Gedam, Deb Nicholson');
  await expect(governance.locator('.programme-status')).toHaveText('Programme · not in the library');

  const rst = app.page.locator('.library-summit[data-summit-year="2024"] .programme-entry');
  await expect(rst).toHaveCount(3);
  await expect(
    rst.filter({ hasText: 'Python’s security model after the xz-utils backdoor' }).locator('.talk-speakers'),
  ).toHaveText('Pablo Galindo Salgado');
  await expect(rst.filter({ hasText: 'Lightning Talks' }).locator('.talk-speakers')).toHaveText(
    'Petr Viktorin, David Hewitt, Emily Morehouse',
  );
});

// Export templates in the built app, under its Content Security Policy: the template engine runs
// without eval (no policy violation, the preview appears), the export follows the chosen template,
// a reader's template is saved, and it comes back with a restore into an empty profile.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  backUpThroughDialog,
  chooseRestoreThroughDialog,
  launchApp,
  openExportAndBackUp,
  useTestDialogs,
  type LaunchedApp,
} from './harness';
import { annotate } from './helpers';

let apps: LaunchedApp[] = [];

test.afterEach(async () => {
  for (const app of apps) await app.close();
  apps = [];
});

async function start(): Promise<LaunchedApp> {
  const app = await launchApp();
  apps.push(app);
  return app;
}

/** The Markdown files under the save folder, wherever the export put them. */
function markdownFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort();
}

const read = (directory: string, name: string): string => readFileSync(join(directory, name), 'utf8');

/** Every Content Security Policy violation the page reports from now on. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { policyViolations: string[] }).policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
  });
  return () => page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations);
}

const MY_TEMPLATE =
  '{% for talk in talks %}## {{ talk.title }}\n{% for h in talk.highlights %}* {{ h.quote }} ({{ h.colour }})\n{% endfor %}{% endfor %}';

test('a template previews, exports and survives a backup, with the engine running under the CSP', async () => {
  const app = await start();
  const dialogs = await useTestDialogs(app);
  const violations = await watchPolicy(app.page);
  await annotate(app.page, 'Rust in Python: panic!', 'BaseException is the correct choice', 'Agreed by the room');

  const data = await openExportAndBackUp(app);
  await data.getByLabel('Notes from').selectOption('summit:2024');
  await data.getByRole('button', { name: 'Edit templates…' }).click();
  const preview = data.getByLabel('Preview');
  await expect(preview).toContainText('> BaseException is the correct choice');
  await expect(preview).toContainText('Agreed by the room');
  // The editor and its preview are usable by everyone: no serious accessibility violation.
  const audit = await new AxeBuilder({ page: app.page }).include('[role="dialog"]').analyze();
  expect(
    audit.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'),
  ).toEqual([]);

  // An error names its line, and the template is not saved.
  const text = data.getByLabel('Template (Liquid)');
  await text.fill('# Mine\n{% for talk in talks %}\n{{ talk.title | shout }}');
  await expect(data.getByRole('alert')).toHaveText(/^Line 3: /);
  await data.getByRole('button', { name: 'Save as my template' }).click();
  await expect(data.getByRole('alert').filter({ hasText: 'Not saved' })).toHaveText(/^Not saved: Line 3: /);
  await expect(data.getByRole('combobox', { name: /^Template/ }).locator('option')).toHaveCount(3);

  await text.fill(MY_TEMPLATE);
  await expect(preview).toHaveText('## Rust in Python: panic!\n* BaseException is the correct choice (yellow)\n');
  await data.getByLabel('Name').fill('Quotes by colour');
  await data.getByRole('button', { name: 'Save as my template' }).click();
  await expect(data.getByRole('status')).toContainText('Saved the template “Quotes by colour”');
  await expect(data.getByRole('combobox', { name: /^Template/ })).toHaveValue(/^t-/);

  await data.getByRole('button', { name: 'Export…' }).click();
  await expect(data.getByRole('status')).toContainText('Exported 1 file');
  const written = markdownFiles(dialogs.saveDirectory);
  expect(written.map((name) => read(dialogs.saveDirectory, name))).toEqual([
    '## Rust in Python: panic!\n* BaseException is the correct choice (yellow)\n',
  ]);

  // The Logseq outline, chosen from the menu, written over the same file.
  await data.getByRole('combobox', { name: /^Template/ }).selectOption({ label: 'Logseq outline' });
  await data.getByRole('button', { name: 'Export…' }).click();
  await expect.poll(() => read(dialogs.saveDirectory, written[0])).toMatch(/^- \[\[Rust in Python: panic!\]\]\n/);
  expect(read(dialogs.saveDirectory, written[0])).toContain(
    '  - BaseException is the correct choice\n    colour:: yellow\n',
  );
  await data.getByRole('combobox', { name: /^Template/ }).selectOption({ label: 'Quotes by colour' });
  await data.getByRole('button', { name: 'Close', exact: true }).click();
  expect(await violations()).toEqual([]);

  const backup = await backUpThroughDialog(app, dialogs);
  const fresh = await start();
  const freshDialogs = await useTestDialogs(fresh);
  const restoring = await chooseRestoreThroughDialog(fresh, freshDialogs, backup);
  await restoring.getByRole('region', { name: 'Restore preview' }).getByRole('button', { name: 'Restore' }).click();
  const restored = await openExportAndBackUp(fresh);
  const menu = restored.getByRole('combobox', { name: /^Template/ });
  await expect(menu.locator('option:checked')).toHaveText('Quotes by colour');
  await restored.getByRole('button', { name: 'Edit templates…' }).click();
  await expect(restored.getByLabel('Template (Liquid)')).toHaveValue(MY_TEMPLATE);
});

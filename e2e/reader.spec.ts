// The reader as people use it every day: settings that stick, keyboard-only reading, people and
// topics across the summits.

import { expect, test } from '@playwright/test';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;

test.afterEach(async () => {
  await app?.close();
});

test('theme and font size survive a relaunch', async () => {
  app = await launchApp();
  await app.page.getByRole('button', { name: 'Reading settings' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Reading settings' });
  await dialog.getByLabel('Dark').check();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await app.page.locator('.library-talk', { hasText: 'Pluggable JITs' }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Pluggable JITs');
  await app.page.keyboard.press('Control+=');
  await app.page.keyboard.press('Control+=');
  const html = app.page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect
    .poll(() => app.page.evaluate(() => document.documentElement.style.getPropertyValue('--reading-font-size')))
    .toBe('20px');
  const userDataDir = app.userDataDir;
  await app.close();

  app = await launchApp({ userDataDir });
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect
    .poll(() => app.page.evaluate(() => document.documentElement.style.getPropertyValue('--reading-font-size')))
    .toBe('20px');
  const background = await app.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(23, 24, 26)');
  const fontSize = await app.page
    .locator('.talk-body p')
    .first()
    .evaluate((element) => getComputedStyle(element).fontSize);
  expect(fontSize).toBe('20px');
});

test('keyboard-only reading: open a talk, move through it, open the outline and jump', async () => {
  app = await launchApp();
  const { page } = app;
  await page.locator('.library-talk', { hasText: 'Making the Global Interpreter Lock Optional' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Making the Global Interpreter Lock Optional');
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeVisible();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(page.locator('.talk-body [data-block-id]:focus')).toHaveAttribute('data-block-id', /-b2$/);
  await page.keyboard.press('k');
  await expect(page.locator('.talk-body [data-block-id]:focus')).toHaveAttribute('data-block-id', /-b1$/);
  await page.keyboard.press('o');
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await expect(outline.locator('button:focus')).toBeVisible();
  await outline.getByRole('button', { name: 'GIL gotta go' }).focus();
  await page.keyboard.press('Enter');
  const heading = page.locator('.talk-body h2', { hasText: 'GIL gotta go' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Three Talks on the C API');
  await page.keyboard.press('p');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Making the Global Interpreter Lock Optional');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Next paragraph');
  await page.keyboard.press('Escape');
  await page.keyboard.press('g');
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notebook');
});

test('the command palette lists and runs actions', async () => {
  app = await launchApp();
  const commands = app.page.getByRole('dialog', { name: 'Commands' });
  await app.page.keyboard.press('Control+Shift+P');
  await expect(commands).toBeVisible();
  await expect(commands.getByRole('option', { name: /Open the notebook/ })).toBeVisible();
  await commands.getByRole('combobox').fill('notebook');
  await app.page.keyboard.press('Enter');
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Notebook');
});

test('the people index lists the expected talks for named people', async () => {
  app = await launchApp();
  await app.page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'People' }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('People');
  const expected: Record<string, string[]> = {
    'Pablo Galindo Salgado': [
      'f-string Grammar Overhaul',
      'Making asserts cooler in 3.14',
      'Let’s benchmark memory as well',
    ],
    'Guido van Rossum': ['Burnout is Real', 'Three Talks on the C API', 'Is “worse is better” still better?'],
    'Łukasz Langa': ['Python for iOS, finally'],
  };
  for (const [name, talks] of Object.entries(expected)) {
    const entry = app.page.locator(`.person[data-person="${name}"]`);
    await expect(entry.getByRole('heading', { level: 2 })).toHaveText(name);
    await expect(entry.locator('li button')).toHaveText(talks);
  }
  await app.page
    .locator('.person[data-person="Pablo Galindo Salgado"]')
    .getByRole('button', { name: 'Making asserts cooler in 3.14' })
    .click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Making asserts cooler in 3.14');
});

test('the free-threading topic lists talks from at least three summit years', async () => {
  app = await launchApp();
  await app.page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Topics' }).click();
  const topic = app.page.locator('.topic[data-topic="free-threading"]');
  await expect(topic.getByRole('heading', { level: 2 })).toHaveText('Free-threading and the GIL');
  const years = await topic
    .locator('.topic-years > li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-year')));
  expect(new Set(years.filter((year) => year !== 'other')).size).toBeGreaterThanOrEqual(3);
  await expect(topic).toContainText('Making the Global Interpreter Lock Optional');
});

test('the library sorts by recent reading and filters to unread talks', async () => {
  app = await launchApp();
  const { page } = app;
  await page.locator('.library-talk', { hasText: 'Burnout is Real' }).click();
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeVisible();
  await page.locator('.talk-progress').getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.locator('.talk-progress')).toContainText('Read');
  const controls = page.getByRole('group', { name: 'Sort and filter the library' });
  await controls.getByLabel('Sort').selectOption('recent');
  await expect(page.locator('.summit-year').first()).toHaveText('Recently read');
  await expect(page.locator('.library-summit').first().locator('.library-talk').first()).toContainText(
    'Burnout is Real',
  );
  await controls.getByLabel('Unread only').check();
  await expect(page.locator('.library-talk', { hasText: 'Burnout is Real' })).toHaveCount(0);
  const speaker = controls.getByLabel('Speaker');
  await speaker.focus();
  // Every speaker is suggested once the filter has the focus.
  await expect(page.locator('#library-speakers option[value="Mark Shannon"]')).toHaveCount(1);
  await speaker.fill('Mark Shannon');
  await expect(page.locator('.library-talk .talk-title')).toHaveText([
    'Faster CPython Plans (Python 3.11 and Beyond)',
    'Three Talks on the C API',
    'Virtual Threads from Java',
  ]);
  await speaker.fill('');
  await expect(page.locator('.library-talk', { hasText: 'Three Talks on the C API' })).toHaveCount(1);
  await expect(page.locator('.library-talk', { hasText: 'Python on Mobile' })).toHaveCount(1);
});

// A 20 MB hostile HTML page (thousands of unclosed tags, deep nesting) is read in a worker with a
// time and a memory limit: it is refused with a message or imported, and the app answers the reader
// meanwhile.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { importThroughDialog, launchApp, type LaunchedApp } from './harness';
import { openTalk } from './helpers';

let app: LaunchedApp;

test.afterEach(async () => {
  await app?.close();
});

test('a 20 MB hostile HTML page cannot hold up the app', async () => {
  const size = 20 * 1024 * 1024 - 4096;
  const unclosed = '<p>word <b>bold <i>it <a href=x>link <div>';
  const page = `<!doctype html><html><body>${unclosed.repeat(Math.floor(size / 2 / unclosed.length))}${'<span>'.repeat(Math.floor(size / 2 / 6))}`;
  const path = join(mkdtempSync(join(tmpdir(), 'summit-hostile-')), 'hostile.html');
  writeFileSync(path, page);
  app = await launchApp();
  await importThroughDialog(app, [path]);
  // While the page is being read, main still serves the library: a talk opens.
  await openTalk(app.page, 'Pluggable JITs');
  // The worker stops at whichever limit comes first, its time or its memory (a fast machine reaches
  // the memory limit within the time), and says which; or the page is imported.
  const outcome = /took longer than 5 s|needed more than 512 MB of memory|Added/;
  await expect(app.page.getByRole('status').filter({ hasText: outcome })).toBeVisible({
    timeout: 15_000,
  });
});

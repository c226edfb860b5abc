// docs/ARCHITECTURE.md names every folder of the renderer, so the page cannot fall behind the layout.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

it('names every renderer folder in the architecture page', () => {
  const page = readFileSync(join(root, 'docs', 'ARCHITECTURE.md'), 'utf8');
  const folders = readdirSync(join(root, 'src', 'renderer', 'src'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  expect(folders.length).toBeGreaterThan(10);
  expect(folders.filter((folder) => !page.includes(`${folder}/`))).toEqual([]);
});

// The layering rules must be able to fail: a renderer import cycle, the database opened outside
// storage/, and a feature importing another feature are each reported by `npm run lint`.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const written: string[] = [];

/** Writes a module into the real source tree, where the rules apply, for the length of the tests. */
function module(folder: string, name: string, text: string): string {
  const directory = mkdtempSync(path.join(root, 'src/renderer/src', folder, 'lint-check-'));
  written.push(directory);
  const file = path.join(directory, `${name}.ts`);
  writeFileSync(file, text);
  return file;
}

afterAll(() => {
  for (const directory of written) rmSync(directory, { recursive: true, force: true });
});

async function ruleIds(file: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: root }).lintFiles([file]);
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('renderer layering', () => {
  it('reports an import cycle', async () => {
    const first = module(
      'library',
      'first',
      "import { second } from './second';\nexport const first = (): number => second() + 1;\n",
    );
    writeFileSync(
      path.join(path.dirname(first), 'second.ts'),
      "import { first } from './first';\nexport const second = (): number => first();\n",
    );
    expect(await ruleIds(first)).toContainEqual(expect.stringContaining('import-x/no-cycle'));
  });

  it('reports the database or Dexie used outside storage/', async () => {
    const file = module(
      'notebook',
      'opens',
      "import Dexie from 'dexie';\nimport { db } from '../../storage/db';\nexport const both = (): unknown[] => [db(), Dexie];\n",
    );
    const reported = await ruleIds(file);
    expect(reported).toContainEqual(expect.stringMatching(/no-restricted-imports: 'dexie'/));
    expect(reported).toContainEqual(expect.stringMatching(/no-restricted-imports: '..\/..\/storage\/db'/));
  });

  it('reports a feature importing a feature not declared beneath it, and allows the shared folders', async () => {
    const file = module(
      'notebook',
      'reaches',
      "import { LibrarySidebar } from '../../library/LibrarySidebar';\nimport { Dialog } from '../../ui/Dialog';\nexport const parts = [LibrarySidebar, Dialog];\n",
    );
    const reported = await ruleIds(file);
    expect(reported).toEqual([
      expect.stringMatching(/no-restricted-imports: '..\/..\/library\/LibrarySidebar'.*notebook feature/),
    ]);
  });
});

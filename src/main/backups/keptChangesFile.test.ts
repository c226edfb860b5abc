// The file main holds for changes the page could not save yet: what it holds comes back at the
// next start; an empty set removes it; anything malformed or too large is refused and changes nothing.

import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_KEPT_CHANGES_BYTES } from '../../shared/keptChanges';
import { KeptChangesFile } from './keptChangesFile';

const change = {
  table: 'highlights',
  key: 'h1',
  record: { id: 'h1', note: 'kept note', updatedAt: 5 },
  base: { note: '' },
  at: 5,
};

function fresh(): { file: KeptChangesFile; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'summit-kept-')), 'kept-changes.json');
  return { file: new KeptChangesFile(path), path };
}

describe('the kept-changes file', () => {
  it('gives back at the next start what it held', async () => {
    const { file, path } = fresh();
    await file.hold(JSON.stringify([change]));
    expect(JSON.parse((await new KeptChangesFile(path).read()) ?? 'null')).toEqual([change]);
  });

  it('is removed once nothing waits', async () => {
    const { file, path } = fresh();
    await file.hold(JSON.stringify([change]));
    await file.hold('[]');
    expect(existsSync(path)).toBe(false);
    expect(await file.read()).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['a table that is not the reader’s', JSON.stringify([{ ...change, table: 'outbox' }])],
    ['an unknown field', JSON.stringify([{ ...change, script: 'x' }])],
    ['a change without a time', JSON.stringify([{ ...change, at: undefined }])],
    ['more than the size limit', JSON.stringify([{ ...change, record: { note: 'x'.repeat(MAX_KEPT_CHANGES_BYTES) } }])],
  ])('refuses %s, and keeps what it held', async (_what, text) => {
    const { file, path } = fresh();
    await file.hold(JSON.stringify([change]));
    await expect(file.hold(text)).rejects.toThrow(/changes waiting to be saved/);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual([change]);
  });

  it('gives nothing back from a file changed behind its back into something malformed', async () => {
    const { file, path } = fresh();
    writeFileSync(path, JSON.stringify([{ ...change, table: 'syncState' }]));
    expect(await file.read()).toBeNull();
  });

  it('ends with the last set handed over when several arrive at once', async () => {
    const { file } = fresh();
    const sets = [1, 2, 3, 4, 5].map((n) => [{ ...change, at: n }]);
    await Promise.all(sets.map((set) => file.hold(JSON.stringify(set))));
    expect(JSON.parse((await file.read()) ?? 'null')).toEqual(sets[4]);
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibraryService } from '../library/loadCorpus';
import { DocumentStaging, MAX_STAGED_BYTES, MAX_STAGED_SETS, STAGED_TTL_MS } from './stagedDocuments';

const corpus = join(import.meta.dirname, '..', '..', '..', 'resources', 'corpus');
const post = (year: number, title: string) =>
  Buffer.from(
    `---\ntitle: 'The Python Language Summit ${year}: ${title}'\n---\n\nAda Lovelace presented ${title}.\n`,
  ).toString('base64');

async function service() {
  return (await loadLibraryService(corpus, mkdtempSync(join(tmpdir(), 'summit-staging-')))).service;
}

describe('restoring imported documents', () => {
  it('refuses at staging what cannot be read, and leaves the library alone', async () => {
    const library = await service();
    const staging = new DocumentStaging(library);
    const before = library.current().index.corpusVersion;
    const outcome = await staging.stage([
      { fileName: 'good.md', base64: post(2031, 'Engines'), yearOverride: null },
      { fileName: 'empty.md', base64: Buffer.from('   ').toString('base64'), yearOverride: null },
    ]);
    expect(outcome).toMatchObject({ toAdd: 1, alreadyThere: 0, refused: ['empty.md: The file is empty.'] });
    expect(library.current().index.corpusVersion).toBe(before);
  });

  it('adds all staged documents, or takes back those it added when one fails', async () => {
    const library = await service();
    const staging = new DocumentStaging(library);
    const before = library.current().index.corpusVersion;
    const { token } = await staging.stage([
      { fileName: 'one.md', base64: post(2031, 'Engines'), yearOverride: 'other' },
      { fileName: 'two.md', base64: post(2032, 'Wires'), yearOverride: null },
    ]);
    // The second document arrives by another way before the commit, so adding it fails.
    await library.importFile('two.md', Buffer.from(post(2032, 'Wires'), 'base64'));
    const withSecond = library.current().index.corpusVersion;
    expect(await staging.commit(token)).toMatchObject({ ok: false, error: expect.stringContaining('two.md') });
    expect(library.current().index.corpusVersion).toBe(withSecond);
    expect(withSecond).not.toBe(before);

    const { token: again } = await staging.stage([
      { fileName: 'one.md', base64: post(2031, 'Engines'), yearOverride: 'other' },
    ]);
    expect(await staging.commit(again)).toEqual({ ok: true, added: 1 });
    expect(library.current().index.other.map((source) => source.title)).toContain(
      'The Python Language Summit 2031: Engines',
    );
    expect(await staging.commit(again)).toMatchObject({ ok: false });
  });

  it('lets a staged restore go after ten minutes', async () => {
    let now = 1_000_000;
    const staging = new DocumentStaging(await service(), () => now);
    const { token } = await staging.stage([{ fileName: 'one.md', base64: post(2031, 'Engines'), yearOverride: null }]);
    now += STAGED_TTL_MS - 1;
    expect(staging.size).toBe(1);
    now += 1;
    expect(staging.size).toBe(0);
    expect(await staging.commit(token)).toMatchObject({ ok: false, error: expect.stringContaining('Restore again') });
  });

  it('holds a few staged restores at most, dropping the oldest, and refuses one too large to hold', async () => {
    // The real limits, but a byte limit small enough to test without allocating hundreds of MB.
    const staging = new DocumentStaging(await service(), Date.now, { sets: MAX_STAGED_SETS, bytes: 4096 });
    expect(MAX_STAGED_BYTES).toBeLessThanOrEqual(256 * 1024 * 1024);
    const tokens = [];
    for (let index = 0; index < MAX_STAGED_SETS + 2; index++)
      tokens.push(
        (await staging.stage([{ fileName: `${index}.md`, base64: post(2031, `Talk ${index}`), yearOverride: null }]))
          .token,
      );
    expect(staging.size).toBe(MAX_STAGED_SETS);
    expect(await staging.commit(tokens[0])).toMatchObject({ ok: false });
    expect(await staging.commit(tokens.at(-1) as string)).toEqual({ ok: true, added: 1 });
    const huge = 'A'.repeat(4000);
    const outcome = await staging.stage([
      { fileName: 'a.md', base64: huge, yearOverride: null },
      { fileName: 'b.md', base64: huge, yearOverride: null },
    ]);
    expect(outcome).toMatchObject({ toAdd: 0, refused: [expect.stringContaining('larger than')] });
  });
});

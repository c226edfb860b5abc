import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibraryService } from '../library/loadCorpus';
import { DocumentStaging } from './stagedDocuments';

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
});

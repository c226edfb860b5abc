// The search corpus crosses to the page as JSON bytes: they decode to the same corpus, and are made
// once per corpus, not on every request.

import { describe, expect, it } from 'vitest';
import { loadBundledLibrary } from '../../../test/fixtures/bundledCorpus';
import { encodeSearchCorpus } from './encodedSearchCorpus';

const { library } = await loadBundledLibrary();

describe('the encoded search corpus', () => {
  it('decodes to the corpus it was made from, with its version beside it', () => {
    const encoded = encodeSearchCorpus(library.searchCorpus);
    expect(encoded.json).toBeInstanceOf(Uint8Array);
    expect(encoded.corpusVersion).toBe(library.searchCorpus.corpusVersion);
    expect(JSON.parse(new TextDecoder().decode(encoded.json))).toEqual(library.searchCorpus);
  });

  it('is made once per corpus', () => {
    expect(encodeSearchCorpus(library.searchCorpus)).toBe(encodeSearchCorpus(library.searchCorpus));
    const other = { ...library.searchCorpus, corpusVersion: 'another' };
    expect(encodeSearchCorpus(other).corpusVersion).toBe('another');
  });
});

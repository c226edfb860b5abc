// The search corpus crosses to the page as JSON bytes in parts: together they decode to the same
// corpus, each part has its own small buffer, and they are made once per corpus.

import { describe, expect, it } from 'vitest';
import { loadBundledLibrary } from '../../../test/fixtures/bundledCorpus';
import { joinParts, SEARCH_CORPUS_PART_BYTES, type SearchCorpus } from '../../shared/search/searchCorpus';
import { searchCorpusPart } from './encodedSearchCorpus';

const { library } = await loadBundledLibrary();
/** The bundled talks five times over: larger than one part. */
const large: SearchCorpus = {
  corpusVersion: 'five times',
  talks: Array.from({ length: 5 }, () => library.searchCorpus.talks).flat(),
};

function allParts(corpus: SearchCorpus): Uint8Array[] {
  const first = searchCorpusPart(corpus, 0);
  if (!first) throw new Error('no first part');
  return Array.from({ length: first.parts }, (_, part) => searchCorpusPart(corpus, part)?.bytes ?? new Uint8Array());
}

function decode(parts: Uint8Array[]): unknown {
  return JSON.parse(new TextDecoder().decode(joinParts(parts)));
}

describe('the encoded search corpus', () => {
  it('decodes, parts joined in order, to the corpus it was made from', () => {
    const parts = allParts(large);
    expect(parts.length).toBeGreaterThan(1);
    expect(decode(parts)).toEqual(large);
    expect(searchCorpusPart(large, 1)?.corpusVersion).toBe('five times');
    expect(decode(allParts(library.searchCorpus))).toEqual(library.searchCorpus);
  });

  it('gives each part its own buffer, no larger than a part', () => {
    for (const part of allParts(large)) {
      expect(part.byteOffset).toBe(0);
      expect(part.buffer.byteLength).toBeLessThanOrEqual(SEARCH_CORPUS_PART_BYTES);
    }
  });

  it('splits a character across parts only where the joined bytes put it back', () => {
    const accents = 'é'.repeat(SEARCH_CORPUS_PART_BYTES);
    const corpus: SearchCorpus = {
      corpusVersion: 'accents',
      talks: [{ ...library.searchCorpus.talks[0], title: accents }],
    };
    expect(decode(allParts(corpus))).toEqual(corpus);
  });

  it('has no part past the last, and one part for an empty corpus', () => {
    const parts = allParts(library.searchCorpus).length;
    expect(searchCorpusPart(library.searchCorpus, parts)).toBeNull();
    expect(searchCorpusPart({ corpusVersion: 'empty', talks: [] }, 0)?.parts).toBe(1);
  });

  it('is made once per corpus', () => {
    expect(searchCorpusPart(library.searchCorpus, 0)?.bytes).toBe(searchCorpusPart(library.searchCorpus, 0)?.bytes);
    expect(searchCorpusPart({ ...library.searchCorpus, corpusVersion: 'another' }, 0)?.corpusVersion).toBe('another');
  });
});

// A packed corpus index loads into the same index it was packed from, and a damaged one is refused.

import type { SearchResult } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadBundledLibrary } from '../../../test/fixtures/bundledCorpus';
import { PackableMiniSearch, type PackedIndex } from './packedIndex';
import { corpusIndexEntries } from './searchCorpus';
import { corpusIndexOptions } from './searchConfig';

const { library } = await loadBundledLibrary();
const built = new PackableMiniSearch(corpusIndexOptions());
built.addAll(corpusIndexEntries(library.searchCorpus));
/** Read back as IndexedDB reads it: a structured clone of what was stored. */
const stored = (): PackedIndex => structuredClone(built.pack());

/** An index's whole state, terms in alphabetical order (a radix tree's walk order may differ). */
function state(index: PackableMiniSearch): unknown {
  const plain = index.toJSON();
  return { ...plain, index: [...plain.index].sort(([a], [b]) => (a < b ? -1 : 1)) };
}

/** Results compared by document, score and matched terms; ties in any order. */
function comparable(results: SearchResult[]): string[] {
  return results
    .map((result) => `${result.id} ${result.score.toFixed(9)} ${[...result.terms].sort().join(',')}`)
    .sort();
}

describe('packed corpus index', () => {
  const loaded = PackableMiniSearch.unpack(stored(), corpusIndexOptions());

  it.each([
    ['exact', 'subinterpreters', {}],
    ['several words', 'free threading gil', {}],
    ['prefix', 'pyth', { prefix: true }],
    ['typo', 'interpretr', { fuzzy: 0.2 }],
    ['in one field', 'guido', { fields: ['speakers'] }],
  ])('answers %s queries as the index it was packed from', (_kind, query, options) => {
    const expected = comparable(built.search(query, options));
    expect(expected.length).toBeGreaterThan(0);
    expect(comparable(loaded.search(query, options))).toEqual(expected);
  });

  it('keeps counts, vocabulary and document ids', () => {
    expect(loaded.documentCount).toBe(built.documentCount);
    expect(loaded.termCount).toBe(built.termCount);
    expect(loaded.has(library.searchCorpus.talks.length - 1)).toBe(true);
    expect(state(loaded)).toEqual(state(built));
  });

  it('keeps a document whose field was missing, and later additions work', () => {
    const options = { fields: ['title', 'text'], storeFields: [] };
    const index = new PackableMiniSearch(options);
    index.addAll([
      { id: 0, title: 'Packaging', text: 'wheels and sdists' },
      { id: 1, title: null, text: 'packaging metadata' },
    ]);
    const copy = PackableMiniSearch.unpack(index.pack(), options);
    expect(state(copy)).toEqual(state(index));
    copy.add({ id: 2, title: 'Wheels', text: 'more wheels' });
    expect(copy.search('wheels').map((result) => result.id)).toEqual([2, 0]);
    expect(copy.search('metadata').map((result) => result.id)).toEqual([1]);
  });
});

describe('a damaged packed index', () => {
  const options = corpusIndexOptions();

  it.each<[string, (packed: PackedIndex) => unknown]>([
    ['of another format', (packed) => ({ ...packed, format: 2 })],
    ['without postings', (packed) => ({ ...packed, postings: undefined })],
    ['with postings cut short', (packed) => ({ ...packed, postings: packed.postings.slice(0, -5) })],
    ['with postings left over', (packed) => ({ ...packed, postings: Uint32Array.from([...packed.postings, 0]) })],
    ['with a term missing', (packed) => ({ ...packed, terms: packed.terms.slice(1) })],
    ['with a term that is not text', (packed) => ({ ...packed, terms: [7, ...packed.terms.slice(1)] })],
    ['built over other fields', (packed) => ({ ...packed, fieldIds: { text: 0, title: 1, speakers: 2 } })],
    ['with field lengths for other documents', (packed) => ({ ...packed, fieldLengths: packed.fieldLengths.slice(3) })],
    ['naming a document never added', (packed) => ({ ...packed, nextId: 1 })],
  ])('is refused when it is %s', (_case, damage) => {
    expect(() => PackableMiniSearch.unpack(damage(stored()) as PackedIndex, options)).toThrow(/stored index/);
  });

  it('is not made from an index that keeps stored fields', () => {
    const index = new PackableMiniSearch({ fields: ['text'], storeFields: ['text'] });
    index.add({ id: 0, text: 'kept' });
    expect(() => index.pack()).toThrow('no stored fields');
  });
});

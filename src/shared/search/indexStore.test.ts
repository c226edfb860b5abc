import { describe, expect, it } from 'vitest';
import { chooseIndexSource } from './indexStore';
import { INDEX_OPTIONS_HASH } from './searchConfig';

const current = { corpusVersion: 'abc', miniSearchVersion: '7.2.0' };
const stored = { key: 'corpus' as const, ...current, optionsHash: INDEX_OPTIONS_HASH, json: '{}', savedAt: 1 };

describe('loading or rebuilding the stored index', () => {
  it('loads when corpus, options and MiniSearch all match', () => {
    expect(chooseIndexSource(stored, current)).toEqual({ action: 'load' });
  });

  it.each([
    ['nothing stored', undefined, 'no stored index'],
    ['another corpus', { ...stored, corpusVersion: 'old' }, 'the corpus changed'],
    ['other options', { ...stored, optionsHash: 'other' }, 'the index options changed'],
    ['another MiniSearch', { ...stored, miniSearchVersion: '6.0.0' }, 'MiniSearch was updated'],
    ['an empty record', { ...stored, json: '' }, 'the stored index is empty'],
  ])('rebuilds for %s', (_case, record, reason) => {
    expect(chooseIndexSource(record, current)).toEqual({ action: 'rebuild', reason });
  });
});

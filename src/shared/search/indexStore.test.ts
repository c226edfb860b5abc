import { describe, expect, it } from 'vitest';
import { chooseIndexSource } from './indexStore';
import { PACKED_INDEX_FORMAT, type PackedIndex } from './packedIndex';
import { INDEX_OPTIONS_HASH } from './searchConfig';

const current = { corpusVersion: 'abc', miniSearchVersion: '7.2.0' };
const packed = { format: PACKED_INDEX_FORMAT } as PackedIndex;
const stored = { key: 'corpus' as const, ...current, optionsHash: INDEX_OPTIONS_HASH, packed, savedAt: 1 };

describe('loading or rebuilding the stored index', () => {
  it('loads when corpus, options and MiniSearch all match', () => {
    expect(chooseIndexSource(stored, current)).toEqual({ action: 'load' });
  });

  it.each([
    ['nothing stored', undefined, 'no stored index'],
    ['another corpus', { ...stored, corpusVersion: 'old' }, 'the corpus changed'],
    ['other options', { ...stored, optionsHash: 'other' }, 'the index options changed'],
    ['another MiniSearch', { ...stored, miniSearchVersion: '6.0.0' }, 'MiniSearch was updated'],
    [
      'an index kept as JSON text',
      { ...stored, packed: undefined, json: '{}' },
      'the stored index is in an older format',
    ],
    ['an empty record', { ...stored, packed: undefined }, 'the stored index is not in the current format'],
    [
      'another packing',
      { ...stored, packed: { ...packed, format: 0 } },
      'the stored index is not in the current format',
    ],
  ])('rebuilds for %s', (_case, record, reason) => {
    expect(chooseIndexSource(record as Parameters<typeof chooseIndexSource>[0], current)).toEqual({
      action: 'rebuild',
      reason,
    });
  });
});

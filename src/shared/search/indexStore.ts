// Whether a stored search index can be loaded, or the index must be rebuilt.

import { PACKED_INDEX_FORMAT, type PackedIndex } from './packedIndex';
import { INDEX_OPTIONS_HASH } from './searchConfig';

export interface StoredIndex {
  key: 'corpus';
  corpusVersion: string;
  optionsHash: string;
  miniSearchVersion: string;
  packed: PackedIndex;
  savedAt: number;
}

export type IndexDecision = { action: 'load' } | { action: 'rebuild'; reason: string };

export function chooseIndexSource(
  stored: (Partial<StoredIndex> & { json?: unknown }) | undefined,
  expected: { corpusVersion: string; miniSearchVersion: string; optionsHash?: string },
): IndexDecision {
  if (!stored) return { action: 'rebuild', reason: 'no stored index' };
  if (stored.packed === undefined && stored.json !== undefined)
    return { action: 'rebuild', reason: 'the stored index is in an older format' };
  if (stored.packed?.format !== PACKED_INDEX_FORMAT)
    return { action: 'rebuild', reason: 'the stored index is not in the current format' };
  if (stored.corpusVersion !== expected.corpusVersion) return { action: 'rebuild', reason: 'the corpus changed' };
  if (stored.optionsHash !== (expected.optionsHash ?? INDEX_OPTIONS_HASH))
    return { action: 'rebuild', reason: 'the index options changed' };
  if (stored.miniSearchVersion !== expected.miniSearchVersion)
    return { action: 'rebuild', reason: 'MiniSearch was updated' };
  return { action: 'load' };
}

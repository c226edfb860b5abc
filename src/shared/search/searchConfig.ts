// The MiniSearch configuration, in one place, with a hash so a stored index built with other
// options is never loaded.

import type { Options, SearchOptions } from 'minisearch';
import { shortHash } from '../hash';
import { processTerm, STOP_WORDS, tokenize } from './tokenize';

/** Prefix expansion from this many letters: "t" or "ji" would expand to half the vocabulary. */
export const PREFIX_FROM = 3;
/** Typo tolerance from this many letters; shorter words are matched exactly or by prefix. */
export const FUZZY_FROM = 5;
export const FUZZINESS = 0.1;

export const CORPUS_FIELDS = ['title', 'speakers', 'text'] as const;
export const CORPUS_BOOST = { title: 5, speakers: 4, text: 1 };
export const NOTE_FIELDS = ['text', 'quote', 'tags'] as const;
export const NOTE_BOOST = { text: 2, quote: 1, tags: 2 };

export function corpusIndexOptions(): Options {
  return {
    fields: [...CORPUS_FIELDS],
    storeFields: [],
    tokenize,
    processTerm,
  };
}

export function notesIndexOptions(): Options {
  return {
    fields: [...NOTE_FIELDS],
    storeFields: ['kind', 'talkId', 'blockId'],
    tokenize,
    processTerm,
    extractField: (document, field) => {
      const value = (document as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(' ') : (value as string);
    },
  };
}

/**
 * Search options for a query. Only the word still being typed (the last one, when the query does
 * not end in a space or a closing quote) is expanded as a prefix: earlier words are complete.
 */
export function termSearchOptions(combineWith: 'AND' | 'OR', lastWordIsPartial = true): SearchOptions {
  return {
    combineWith,
    prefix: (term, index, terms) => lastWordIsPartial && index === terms.length - 1 && term.length >= PREFIX_FROM,
    fuzzy: (term) => (term.length >= FUZZY_FROM ? FUZZINESS : false),
    maxFuzzy: 3,
    weights: { prefix: 0.6, fuzzy: 0.4 },
  };
}

/** Bump when tokenizing or term processing changes in a way the fields below do not show. */
const INDEXING_REVISION = 3;

/** Changes whenever the indexing choices change, which invalidates stored indexes. */
export const INDEX_OPTIONS_HASH = shortHash(
  JSON.stringify({
    revision: INDEXING_REVISION,
    fields: CORPUS_FIELDS,
    ids: 'talk positions',
    stopWords: [...STOP_WORDS].sort(),
  }),
);

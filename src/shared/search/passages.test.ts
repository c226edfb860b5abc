// Which passages of a matched talk are shown: whole words only, more of the query's words first,
// earlier first among equals, and quoted phrases kept inside one passage.

import { describe, expect, it } from 'vitest';
import { attributeTerms, findPassages, holdsPhrases, lowercaseTalk } from './passages';

const talk = lowercaseTalk([
  { id: 'b1', text: 'Threads were mentioned in passing.' },
  { id: 'b2', text: '   ' },
  { id: 'b3', text: 'The Steering Council discussed the thread  model.' },
  { id: 'b4', text: 'A thread-safe design, said the council.' },
  { id: 'b5', text: 'Thread thread thread: nothing about the other word.' },
  { id: 'b6', text: 'T-strings landed; the steering\ncouncil agreed.' },
]);

function passages(terms: [string, string][], phrases: string[] = [], limit = 3): string[] {
  const query = { terms: terms.map(([term, queryTerm]) => ({ term, queryTerm })), phrases };
  return findPassages(talk, query, limit).map((passage) => passage.blockId);
}

describe('finding the passages of a talk', () => {
  it('matches whole words and hyphenated parts, never the inside of a longer word', () => {
    expect(passages([['thread', 'thread']])).toEqual(['b3', 'b4', 'b5']);
    expect(passages([['threads', 'threads']])).toEqual(['b1']);
    expect(passages([['strings', 'strings']])).toEqual(['b6']);
    expect(passages([['t-strings', 't-strings']])).toEqual(['b6']);
  });

  it('puts passages holding more of the query’s words first, then earlier ones', () => {
    const found = passages([
      ['thread', 'thread'],
      ['council', 'council'],
    ]);
    expect(found).toEqual(['b3', 'b4', 'b5']);
    const weights = findPassages(
      talk,
      {
        terms: [
          { term: 'thread', queryTerm: 'thread' },
          { term: 'council', queryTerm: 'council' },
        ],
        phrases: [],
      },
      3,
    ).map((passage) => passage.weight);
    expect(weights).toEqual([1, 1, 0.5]);
  });

  it('counts the prefixes of one word as that word', () => {
    const found = passages([
      ['thread', 'thre'],
      ['threads', 'thre'],
      ['council', 'council'],
    ]);
    expect(found.slice(0, 2)).toEqual(['b3', 'b4']);
    // A hyphenated word is indexed whole as well as by its parts.
    expect(passages([['thread-safe', 'thread']])).toEqual(['b4']);
    expect(passages([['threading', 'thread']])).toEqual([]);
  });

  it('keeps only passages holding every quoted phrase, inside one passage', () => {
    expect(passages([['council', 'council']], ['steering council'])).toEqual(['b3', 'b6']);
    expect(passages([['model', 'model']], ['thread model'])).toEqual(['b3']);
    expect(holdsPhrases(talk, ['thread model'])).toBe(true);
    expect(holdsPhrases(talk, ['passing. the steering'])).toBe(false);
    expect(holdsPhrases(talk, ['model', 'passing'])).toBe(false);
  });

  it('stops at the limit', () => {
    expect(passages([['the', 'the']], [], 2)).toEqual(['b3', 'b4']);
  });
});

describe('which query word a matched term stands for', () => {
  it('is the word itself, the word it extends, or the closest word for a typo', () => {
    expect(attributeTerms(['gil', 'threading', 'subinterpreters'], ['gil', 'thread', 'subinterpeters'])).toEqual([
      { term: 'gil', queryTerm: 'gil' },
      { term: 'threading', queryTerm: 'thread' },
      { term: 'subinterpreters', queryTerm: 'subinterpeters' },
    ]);
  });
});

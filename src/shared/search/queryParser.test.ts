import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseQuery } from './queryParser';

describe('query syntax', () => {
  it('reads filters, quoted values and phrases', () => {
    const parsed = parseQuery(
      'year:2024 speaker:"Pablo Galindo Salgado" source:transcript tag:gil color:yellow in:notes "free threading" nogil',
    );
    expect(parsed.filters).toEqual({
      years: [2024],
      speakers: ['Pablo Galindo Salgado'],
      sources: ['transcript'],
      tags: ['gil'],
      colors: ['yellow'],
      peps: [],
      scope: 'notes',
    });
    expect(parsed.phrases).toEqual(['free threading']);
    expect(parsed.text).toBe('free threading nogil');
    expect(parsed.chips.map((chip) => chip.key)).toEqual(['year', 'speaker', 'source', 'tag', 'color', 'in']);
  });

  it('searches what it does not understand as words', () => {
    expect(parseQuery('year:soon color:plaid foo:bar').text).toBe('year soon color plaid foo bar');
    expect(parseQuery('year:soon').chips).toEqual([]);
  });

  it('marks the last word as partial only while it is being typed', () => {
    expect(parseQuery('subinterp').lastWordIsPartial).toBe(true);
    expect(parseQuery('subinterp ').lastWordIsPartial).toBe(false);
    expect(parseQuery('"worse is better"').lastWordIsPartial).toBe(false);
  });

  it('accepts odd input without throwing', () => {
    for (const input of [
      '',
      '   ',
      '?!.,;',
      '(.*+[',
      '🐍🐍',
      '"unclosed',
      'speaker:"',
      ':',
      'a'.repeat(10_000),
      '\u0000\u0007x',
    ]) {
      expect(() => parseQuery(input)).not.toThrow();
    }
    expect(parseQuery('a'.repeat(10_000)).text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(parseQuery('"unclosed phrase').phrases).toEqual(['unclosed phrase']);
  });
});

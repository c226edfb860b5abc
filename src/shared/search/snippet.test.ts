import { describe, expect, it } from 'vitest';
import { containsPhrase, makeSnippet } from './snippet';

describe('snippets', () => {
  it('marks matched words and their endings, around the first match', () => {
    const text = `${'Filler words come first. '.repeat(10)}Subinterpreters share a process; each subinterpreter has its own GIL.`;
    const segments = makeSnippet(text, ['subinterpreter']);
    expect(segments[0]).toEqual({ text: '…', match: false });
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([
      'Subinterpreters',
      'subinterpreter',
    ]);
  });

  it('treats regular-expression characters in terms literally', () => {
    expect(() => makeSnippet('a (b) c', ['(b', '*'])).not.toThrow();
    expect(makeSnippet('C++ and C', ['c++']).some((segment) => segment.match)).toBe(true);
  });

  it('finds phrases regardless of case and spacing', () => {
    expect(containsPhrase('The  Per-Interpreter\nGIL', 'per-interpreter gil')).toBe(true);
    expect(containsPhrase('per interpreter GIL', 'per-interpreter gil')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { findByline, findPresenters, isPlausibleName, normalizePersonName } from './people';

describe('finding presenters', () => {
  it.each([
    ['Larry Hastings led a moment of silence.', ['Larry Hastings']],
    ['The first lightning talk was delivered by Martin DeMello from Meta.', ['Martin DeMello']],
    ['The creator of Python, Guido van Rossum, was next up and asked a question.', ['Guido van Rossum']],
    ['CPython Core Developer Dong-hee Na gave a short presentation.', ['Dong-hee Na']],
    ['It was my blog on Sam Gross’s proposal to make the GIL optional.', ['Sam Gross']],
    [
      'Three speakers had booked slots this year: Mark Shannon, Guido van Rossum, and Antonio Cuni.',
      ['Mark Shannon', 'Guido van Rossum', 'Antonio Cuni'],
    ],
  ])('%s', (paragraph, expected) => {
    expect(findPresenters([paragraph], paragraph)).toEqual(expected);
  });

  it('resolves a surname used alone to the full name the talk gives elsewhere', () => {
    const talk = [
      'Pattern matching is neat.',
      'Michael “Sully” Sullivan is one of them. At the summit, Sullivan shared ideas.',
    ];
    expect(findPresenters(talk, talk.join('\n'))).toEqual(['Michael Sullivan']);
  });

  it('names nobody when the text never says who presented', () => {
    const paragraph =
      'The Global Interpreter Lock is one of the most fundamental parts of how Python Software Foundation projects work.';
    expect(findPresenters([paragraph], paragraph)).toEqual([]);
  });

  it('leaves out people it is told to exclude, such as an episode’s guest', () => {
    const paragraph = 'Alex Waygood explained the proposal.';
    expect(findPresenters([paragraph], paragraph, ['Alex Waygood'])).toEqual([]);
  });
});

describe('names', () => {
  it('normalizes spelling, spacing and nicknames', () => {
    expect(normalizePersonName('Michael “Sully”  Sullivan')).toBe('Michael Sullivan');
    expect(normalizePersonName('Łukasz Langa')).toBe('Łukasz Langa');
    expect(normalizePersonName('Gross’s')).toBe('Gross');
  });

  it('accepts person-like names and rejects project and role names', () => {
    expect(isPlausibleName('Pablo Galindo Salgado')).toBe(true);
    expect(isPlausibleName('Guido van Rossum')).toBe(true);
    expect(isPlausibleName('Russell Keith-Magee')).toBe(true);
    expect(isPlausibleName('Python Software Foundation')).toBe(false);
    expect(isPlausibleName('The C API')).toBe(false);
    expect(isPlausibleName('Petr')).toBe(false);
    expect(isPlausibleName('ﾅ「kasz Langa')).toBe(false);
  });

  it('finds the writer a text credits', () => {
    expect(findByline('This year the summit was covered by Alex Waygood.')).toBe('Alex Waygood');
    expect(findByline('Nobody is credited here.')).toBeNull();
  });
});

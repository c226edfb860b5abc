// What a document is, decided from its tree: one section per talk in early summits' posts (the
// presenters named in each section's text), and closing sections of lightning-talk posts that are
// not talks. Each rule is shown on posts of two years, one in Markdown and one in reStructuredText.

import { describe, expect, it } from 'vitest';
import { parseDocumentText } from './parseDocument';

function talksOf(text: string): [string, string[]][] {
  const result = parseDocumentText(text);
  if (!result.ok) throw new Error(result.error);
  return result.document.talks.map((talk) => [talk.title, talk.speakers]);
}

describe('an early summit written as one section per talk', () => {
  it('makes each section a talk with the presenters its text names (Markdown, 2012)', () => {
    const post = [
      '---',
      "title: 'Python Language Summit 2012'",
      '---',
      '',
      'The Python Language Summit was held at PyCon US 2012 in Santa Clara.',
      '',
      '## Python 3.3 release plans',
      '',
      'Georg Brandl presented the release schedule for 3.3, and Guido van Rossum asked whether the beta could move.',
      '',
      '## PyPy status',
      '',
      'The PyPy project was next. Maciej Fijalkowski gave an update on the JIT.',
      '',
      '## Packaging',
      '',
      'Tarek Ziadé led a discussion on distutils2. Nick Coghlan wondered whether it would land in 3.3.',
    ].join('\n');
    expect(talksOf(post)).toEqual([
      ['Python 3.3 release plans', ['Georg Brandl']],
      ['PyPy status', ['Maciej Fijalkowski']],
      ['Packaging', ['Tarek Ziadé']],
    ]);
  });

  it('does the same in reStructuredText, with several presenters in one section (2011)', () => {
    const post = [
      'Language Summit 2011',
      '====================',
      '',
      '.. post:: March 20, 2011',
      '   :author: Brian Curtin',
      '',
      'The 2011 Language Summit took place before PyCon US 2011 in Atlanta.',
      '',
      'Python 3 adoption',
      '-----------------',
      '',
      'Brett Cannon and Antoine Pitrou talked about how libraries move to Python 3.',
      '',
      'Speed',
      '-----',
      '',
      'A shared benchmark suite was the topic when Maciej Fijalkowski spoke about speed.python.org.',
    ].join('\n');
    expect(talksOf(post)).toEqual([
      ['Python 3 adoption', ['Brett Cannon', 'Antoine Pitrou']],
      ['Speed', ['Maciej Fijalkowski']],
    ]);
  });
});

describe('a lightning-talk post’s closing section', () => {
  it('is not a talk when it names no presenter (Markdown, 2025)', () => {
    const post = [
      '---',
      "title: 'The Python Language Summit 2025: Lightning Talks'",
      '---',
      '',
      'The Python Language Summit 2025 closed with lightning talks.',
      '',
      '## Pluggable JITs',
      '',
      'Martin DeMello presented a way to plug JITs into CPython.',
      '',
      '## Virtual Threads from Java',
      '',
      'Mark Shannon spoke about virtual threads.',
      '',
      '## Conclusion',
      '',
      'That was all for the lightning talks.',
    ].join('\n');
    expect(talksOf(post)).toEqual([
      ['Pluggable JITs', ['Martin DeMello']],
      ['Virtual Threads from Java', ['Mark Shannon']],
    ]);
  });

  it('is not a talk in reStructuredText either, whatever its heading says (2024)', () => {
    const post = [
      'The Python Language Summit 2024: Lightning Talks',
      '================================================',
      '',
      '.. post:: June 14, 2024',
      '   :author: Seth Larson',
      '',
      'Petr Viktorin: Unsupported build warning',
      '----------------------------------------',
      '',
      'Petr Viktorin asked what a build that nobody supports should say.',
      '',
      'David Hewitt: Rust in Python: panic!',
      '------------------------------------',
      '',
      'David Hewitt talked about panics in PyO3.',
      '',
      'Wrapping up',
      '-----------',
      '',
      'The summit ended after the lightning talks.',
    ].join('\n');
    expect(talksOf(post)).toEqual([
      ['Unsupported build warning', ['Petr Viktorin']],
      ['Rust in Python: panic!', ['David Hewitt']],
    ]);
  });
});

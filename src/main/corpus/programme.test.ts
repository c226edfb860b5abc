import { describe, expect, it } from 'vitest';
import { parseDocumentText } from './parseDocument';
import { markdownTree } from './documentTree';
import { findProgramme, nameList } from './programme';

describe('a summit programme', () => {
  const overview = [
    '---',
    'title: The 2031 Python Language Summit',
    '---',
    '',
    'The summit was held over two days.',
    '',
    '### Day 1',
    '',
    '[**Faster startup**](https://blog.example/faster) Mark Shannon  ',
    '[**Packaging, again**](https://blog.example/packaging) Barry Warsaw, Pradyun Gedam, and Deb Nicholson',
    '[*Lightning Talks*](https://blog.example/lightning) Petr Viktorin and Jason R. Coombs We hope you enjoy it.',
    '',
    'Read [the docs](https://docs.example/) for more.',
  ].join('\n');

  it('reads each entry: its title, link and presenters, and no ordinary link', () => {
    expect(findProgramme(markdownTree(overview))).toEqual([
      { title: 'Faster startup', link: 'https://blog.example/faster', presenters: ['Mark Shannon'] },
      {
        title: 'Packaging, again',
        link: 'https://blog.example/packaging',
        presenters: ['Barry Warsaw', 'Pradyun Gedam', 'Deb Nicholson'],
      },
      {
        title: 'Lightning Talks',
        link: 'https://blog.example/lightning',
        presenters: ['Petr Viktorin', 'Jason R. Coombs'],
      },
    ]);
  });

  it('makes an overview post’s talks its programme, with the links kept', () => {
    const result = parseDocumentText(overview);
    if (!result.ok) throw new Error(result.error);
    expect(result.document.talks.map((talk) => [talk.title, talk.speakers])).toEqual([
      ['Faster startup', ['Mark Shannon']],
      ['Packaging, again', ['Barry Warsaw', 'Pradyun Gedam', 'Deb Nicholson']],
      ['Lightning Talks', ['Petr Viktorin', 'Jason R. Coombs']],
    ]);
    expect(result.document.links.map((link) => link.target)).toContain('https://blog.example/faster');
    expect(result.document.intro.map((block) => block.text)).toContain('The summit was held over two days.');
  });

  it('accepts only lists of plausible full names', () => {
    expect(nameList('Irit Katriel, Yury Selivanov, and Guido van Rossum')).toEqual([
      'Irit Katriel',
      'Yury Selivanov',
      'Guido van Rossum',
    ]);
    expect(nameList('the Steering Council')).toBeNull();
    expect(nameList('Mark Shannon and the room')).toBeNull();
  });
});

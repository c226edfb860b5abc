// Every programme form an overview post takes, each shown on posts of two different summits (the
// talks and presenters are those of dev-set write-ups of those years), in Markdown and in
// reStructuredText: the reader must find the same programme from the tree's structure alone.

import { describe, expect, it } from 'vitest';
import { parseDocumentText } from './parseDocument';

function programme(text: string): [string, string[]][] {
  const result = parseDocumentText(text);
  if (!result.ok) throw new Error(result.error);
  return result.document.talks.map((talk) => [talk.title, talk.speakers]);
}

const markdownPost = (year: number, lines: string[]): string =>
  [
    '---',
    `title: 'The Python Language Summit ${year}'`,
    '---',
    '',
    `The Python Language Summit ${year} took place at PyCon US. Here are the talks:`,
    '',
    ...lines,
    '',
    'Thanks to everyone who presented.',
  ].join('\n');

const rstPost = (year: number, lines: string[]): string =>
  [
    `The Python Language Summit ${year}`,
    '='.repeat(32),
    '',
    `.. post:: June 14, ${year}`,
    '   :author: Seth Larson',
    '',
    `The Python Language Summit ${year} was held in Pittsburgh. Here are the talks:`,
    '',
    ...lines,
    '',
    'Thanks to everyone who presented.',
  ].join('\n');

describe('a Markdown programme: a list of links, each followed by ": talk by" and its presenters', () => {
  it('reads the 2025 form', () => {
    const post = markdownPost(2025, [
      '* [State of Free-Threaded Python](https://blog.example/2025/ft): talk by Matt Page',
      '* [Packaging Governance Process (PEP 772)](https://blog.example/2025/pep772): talk by Barry Warsaw, Pradyun Gedam, and Deb Nicholson',
      '* [Lightning Talks](https://blog.example/2025/lightning): talks by Hugo van Kemenade and David Hewitt',
    ]);
    expect(programme(post)).toEqual([
      ['State of Free-Threaded Python', ['Matt Page']],
      ['Packaging Governance Process (PEP 772)', ['Barry Warsaw', 'Pradyun Gedam', 'Deb Nicholson']],
      ['Lightning Talks', ['Hugo van Kemenade', 'David Hewitt']],
    ]);
  });

  it('reads the 2022 form, with emphasised links, dashes and "with"', () => {
    const post = markdownPost(2022, [
      '- *[F-Strings in the grammar](https://blog.example/2022/fstrings)* — Pablo Galindo Salgado',
      '- **[Achieving immortality](https://blog.example/2022/immortal)** with Eric Snow and Eddie Elizondo',
      '- [Dealing with the issue and PR backlog](https://blog.example/2022/backlog): A talk by Irit Katriel.',
    ]);
    expect(programme(post)).toEqual([
      ['F-Strings in the grammar', ['Pablo Galindo Salgado']],
      ['Achieving immortality', ['Eric Snow', 'Eddie Elizondo']],
      ['Dealing with the issue and PR backlog', ['Irit Katriel']],
    ]);
  });

  it('keeps each entry’s link, so the library can open the write-up', () => {
    const result = parseDocumentText(
      markdownPost(2024, [
        '* [Should Python adopt Calendar Versioning?](https://blog.example/2024/calver): talk by Hugo van Kemenade',
        '* [Free-threading ecosystems](https://blog.example/2024/ft): talk by Daniele Parmeggiani',
        '* [PyREPL and the new pdb](https://blog.example/2024/pdb): talk by Tian Gao',
      ]),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.document.talks.map((talk) => talk.programmeLink)).toEqual([
      'https://blog.example/2024/calver',
      'https://blog.example/2024/ft',
      'https://blog.example/2024/pdb',
    ]);
  });
});

describe('a reStructuredText programme: a list of (emphasised) references, then ": A talk by"', () => {
  it('reads the 2024 form, with titles wrapped onto the next line', () => {
    const post = rstPost(2024, [
      '* `*Should Python adopt Calendar',
      '  Versioning?* <https://blog.example/2024/calver>`__ : A talk by Hugo van Kemenade',
      '* `Python’s security model after the xz-utils',
      '  backdoor <https://blog.example/2024/xz>`__ : A talk by Pablo Galindo Salgado',
      '* `*Lightning Talks* <https://blog.example/2024/lightning>`__ : Talks by Tian Gao, Daniele Parmeggiani and Hugo van Kemenade',
    ]);
    expect(programme(post)).toEqual([
      ['Should Python adopt Calendar Versioning?', ['Hugo van Kemenade']],
      ['Python’s security model after the xz-utils backdoor', ['Pablo Galindo Salgado']],
      ['Lightning Talks', ['Tian Gao', 'Daniele Parmeggiani', 'Hugo van Kemenade']],
    ]);
  });

  it('reads the 2023 form, with the emphasis around the reference and blank lines between items', () => {
    const post = rstPost(2023, [
      '* *`Making the Global Interpreter Lock Optional <https://blog.example/2023/nogil>`_* : A talk by Sam Gross',
      '',
      '* `All at sea on the C API <https://blog.example/2023/capi>`_ : A talk by Mark Shannon',
      '',
      '* `HPy: A possible solution? <https://blog.example/2023/hpy>`_ : A talk by Antonio Cuni',
    ]);
    expect(programme(post)).toEqual([
      ['Making the Global Interpreter Lock Optional', ['Sam Gross']],
      ['All at sea on the C API', ['Mark Shannon']],
      ['HPy: A possible solution?', ['Antonio Cuni']],
    ]);
  });
});

describe('a programme without links', () => {
  it('reads list items "Title: talk by A and B" in posts of two years', () => {
    expect(
      programme(
        markdownPost(2021, [
          '1. The Python Documentation Work Group: talk by Mariatta Wijaya and Carol Willing',
          '2. Fuzzing and Testing Python With Properties: talk by Zac Hatfield-Dodds',
          '3. What Is the stdlib?: talk by Brett Cannon',
        ]),
      ),
    ).toEqual([
      ['The Python Documentation Work Group', ['Mariatta Wijaya', 'Carol Willing']],
      ['Fuzzing and Testing Python With Properties', ['Zac Hatfield-Dodds']],
      ['What Is the stdlib?', ['Brett Cannon']],
    ]);
    expect(
      programme(
        rstPost(2020, [
          '* The path forward for typing — presented by Guido van Rossum',
          '* Core workflow updates — presented by Mariatta Wijaya',
          '* CPython documentation: the next five years — presented by Carol Willing and Ned Batchelder',
        ]),
      ),
    ).toEqual([
      ['The path forward for typing', ['Guido van Rossum']],
      ['Core workflow updates', ['Mariatta Wijaya']],
      ['CPython documentation: the next five years', ['Carol Willing', 'Ned Batchelder']],
    ]);
  });

  it('takes no programme from prose that merely names people next to links', () => {
    const post = markdownPost(2023, [
      'Sam Gross wrote [PEP 703](https://peps.example/703), which Mark Shannon read closely.',
      'The [C API working group](https://example.org/capi) met with Antonio Cuni, who maintains HPy.',
      'See [the docs](https://docs.example/) for more.',
    ]);
    expect(programme(post).some(([title]) => title === 'PEP 703' || title === 'the docs')).toBe(false);
  });
});

describe('a programme of headings or reference-style links', () => {
  it('reads linked headings with "A talk by" in the paragraph after each (2019, Markdown and reStructuredText)', () => {
    const markdown = markdownPost(2019, [
      '## [Python in the browser](https://blog.example/2019/browser)',
      '',
      'A talk by Russell Keith-Magee',
      '',
      '## [Python core developer mentorship](https://blog.example/2019/mentorship)',
      '',
      'Presented by Victor Stinner',
      '',
      '## [Time zones in the standard library](https://blog.example/2019/tz)',
      '',
      'Paul Ganssle',
    ]);
    const expected = [
      ['Python in the browser', ['Russell Keith-Magee']],
      ['Python core developer mentorship', ['Victor Stinner']],
      ['Time zones in the standard library', ['Paul Ganssle']],
    ];
    expect(programme(markdown)).toEqual(expected);
    const rst = rstPost(2019, [
      '`Python in the browser <https://blog.example/2019/browser>`__',
      '',
      'A talk by Russell Keith-Magee',
      '',
      '`Python core developer mentorship <https://blog.example/2019/mentorship>`__',
      '',
      'Presented by Victor Stinner',
      '',
      '`Time zones in the standard library <https://blog.example/2019/tz>`__',
      '',
      'Paul Ganssle',
    ]);
    expect(programme(rst)).toEqual(expected);
  });

  it('reads reference-style links with their definitions (2022 and 2023)', () => {
    expect(
      programme(
        markdownPost(2022, [
          '- [F-Strings in the grammar][1]: talk by Pablo Galindo Salgado',
          '- [Achieving immortality][2]: talk by Eric Snow and Eddie Elizondo',
          '- [Dealing with the issue and PR backlog][3]: talk by Irit Katriel',
          '',
          '[1]: https://blog.example/2022/fstrings',
          '[2]: https://blog.example/2022/immortal',
          '[3]: https://blog.example/2022/backlog',
        ]),
      ),
    ).toEqual([
      ['F-Strings in the grammar', ['Pablo Galindo Salgado']],
      ['Achieving immortality', ['Eric Snow', 'Eddie Elizondo']],
      ['Dealing with the issue and PR backlog', ['Irit Katriel']],
    ]);
    const result = parseDocumentText(
      markdownPost(2023, [
        '* [Making the Global Interpreter Lock Optional][gil] — Sam Gross',
        '* [All at sea on the C API][capi] — Mark Shannon',
        '* [HPy: A possible solution?][hpy] — Antonio Cuni',
        '',
        '[gil]: https://blog.example/2023/nogil',
        '[capi]: https://blog.example/2023/capi',
        '[hpy]: https://blog.example/2023/hpy',
      ]),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.document.talks.map((talk) => [talk.title, talk.speakers, talk.programmeLink])).toEqual([
      ['Making the Global Interpreter Lock Optional', ['Sam Gross'], 'https://blog.example/2023/nogil'],
      ['All at sea on the C API', ['Mark Shannon'], 'https://blog.example/2023/capi'],
      ['HPy: A possible solution?', ['Antonio Cuni'], 'https://blog.example/2023/hpy'],
    ]);
  });
});

describe('a reStructuredText programme of named references', () => {
  it('links each entry through its named target (2021 and 2022)', () => {
    for (const [year, entries] of [
      [
        2021,
        [
          ['Making CPython Faster', 'Guido van Rossum'],
          ['HPy — Present and Future', 'Antonio Cuni'],
          ['What Is the stdlib?', 'Brett Cannon'],
        ],
      ],
      [
        2022,
        [
          ['F-Strings in the grammar', 'Pablo Galindo Salgado'],
          ['Achieving immortality', 'Eric Snow'],
          ['Per-interpreter GIL', 'Eric Snow'],
        ],
      ],
    ] as const) {
      const post = rstPost(year, [
        ...entries.map(([title, name]) => `* \`${title}\`_ : A talk by ${name}`),
        '',
        ...entries.map(([title], index) => `.. _${title.replace(/:/g, '\\:')}: https://blog.example/${year}/${index}`),
      ]);
      const result = parseDocumentText(post);
      if (!result.ok) throw new Error(result.error);
      expect(result.document.talks.map((talk) => [talk.title, talk.speakers, talk.programmeLink])).toEqual(
        entries.map(([title, name], index) => [title, [name], `https://blog.example/${year}/${index}`]),
      );
    }
  });
});

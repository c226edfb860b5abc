// The "discussed before it had a number" rule on small hand-made snapshots and talks: each part of
// the rule (year, author, distinctive title words, where the author is named) shown on its own.

import { describe, expect, it } from 'vitest';
import type { PepFacts } from './pepFacts';
import {
  earlyDiscussionLabel,
  findEarlyDiscussions,
  prepareEarlyDiscussion,
  wordsNeeded,
  type TalkForEarlyDiscussion,
} from './pepEarlyDiscussion';

function pep(number: number, title: string, authors: string[], created: string): PepFacts {
  return {
    number,
    title,
    authors,
    created,
    status: 'Final',
    type: 'Standards Track',
    pythonVersions: [],
    resolution: null,
    replaces: [],
    supersededBy: [],
  };
}

/** Titles that make "Python", "CPython", "support", "making", "the", "for", "in" common, as in the real snapshot. */
const COMMON = Array.from({ length: 8 }, (_, index) =>
  pep(9000 + index, `Adding support for making the thing ${index} in Python and CPython`, ['Some One'], '2001-01-01'),
);

const SNAPSHOT = prepareEarlyDiscussion([
  ...COMMON,
  pep(703, 'Making the Global Interpreter Lock Optional in CPython', ['Sam Gross'], '2023-01-09'),
  pep(615, 'Support for the IANA Time Zone Database in the Standard Library', ['Paul Ganssle'], '2020-02-22'),
  pep(760, 'No More Bare Excepts', ['Pablo Galindo Salgado', 'Brett Cannon'], '2024-10-02'),
  pep(1, 'Lonely Word', ['Guido'], '2024-01-01'),
]);

function talk(blocks: string[], extra: Partial<TalkForEarlyDiscussion> = {}): TalkForEarlyDiscussion {
  return {
    title: 'A talk',
    speakers: [],
    summitYear: 2022,
    date: null,
    blocks: blocks.map((text, index) => ({ id: `b${index + 1}`, type: 'paragraph', text })),
    ...extra,
  };
}

const NOGIL = 'Alex highlighted SAM GROSS’S “no GIL” fork, which aims to remove Python’s global interpreter lock.';

describe('findEarlyDiscussions', () => {
  it('links a talk that names the author and the title’s distinctive words in one passage, before the PEP', () => {
    const found = findEarlyDiscussions(talk(['Intro.', NOGIL]), SNAPSHOT);
    expect(found).toEqual([
      {
        pep: 703,
        evidence: {
          author: 'Sam Gross',
          authorPresents: false,
          phrases: ['Global Interpreter Lock'],
          blockId: 'b2',
        },
      },
    ]);
    expect(earlyDiscussionLabel(703, found[0].evidence)).toBe(
      'Before PEP 703 existed — names its author Sam Gross and ‘global interpreter lock’',
    );
  });

  it('links a talk only when it surely came before the PEP: by its document’s date, or else its summit year', () => {
    const linked = (extra: Partial<TalkForEarlyDiscussion>): number[] =>
      findEarlyDiscussions(talk([NOGIL], extra), SNAPSHOT).map((link) => link.pep);
    // PEP 703 was created on 2023-01-09.
    expect(linked({ summitYear: 2023, date: '2023-01-02' })).toEqual([703]);
    // A document dated on or after the PEP's Created date came after it, whatever its summit year.
    expect(linked({ summitYear: 2023, date: '2023-01-09' })).toEqual([]);
    expect(linked({ summitYear: 2023, date: '2023-06-12' })).toEqual([]);
    expect(linked({ summitYear: 2022, date: '2023-02-01' })).toEqual([]);
    // Undated, a summit of the PEP's own year may have come after it: no link.
    expect(linked({ summitYear: 2023, date: null })).toEqual([]);
    expect(linked({ summitYear: 2022, date: null })).toEqual([703]);
  });

  it('links nothing from a talk after the PEP’s year, or without a summit year', () => {
    expect(findEarlyDiscussions(talk([NOGIL], { summitYear: 2024 }), SNAPSHOT)).toEqual([]);
    expect(findEarlyDiscussions(talk([NOGIL], { summitYear: null }), SNAPSHOT)).toEqual([]);
  });

  it('leaves a PEP the talk mentions by number to the mentions', () => {
    expect(findEarlyDiscussions(talk([NOGIL, 'See PEP 703.']), SNAPSHOT)).toEqual([]);
    // A number inside code is not a mention, so the link stands.
    const withCode = talk([NOGIL]);
    withCode.blocks.push({ id: 'c', type: 'code', text: '# PEP 703' });
    expect(findEarlyDiscussions(withCode, SNAPSHOT).map((link) => link.pep)).toEqual([703]);
  });

  it('counts only distinctive title words: common ones across all titles are not enough', () => {
    // "Making", "CPython" and "Python" are in many titles; one distinctive word is not a clear share.
    expect(findEarlyDiscussions(talk(['Sam Gross is making CPython faster with a lock.']), SNAPSHOT)).toEqual([]);
    expect(findEarlyDiscussions(talk(['Sam Gross: a global lock.']), SNAPSHOT).map((link) => link.pep)).toEqual([703]);
    expect(wordsNeeded(1)).toBe(2);
    expect(wordsNeeded(3)).toBe(2);
    expect(wordsNeeded(5)).toBe(3);
  });

  it('never counts a word of one or two letters as distinctive', () => {
    // "No" is in one title only, but it is a function word: "no" and "more" in prose are not PEP 760.
    const prose = 'Pablo Galindo Salgado said no maintainers means more work.';
    expect(findEarlyDiscussions(talk([prose], { summitYear: 2024 }), SNAPSHOT)).toEqual([]);
  });

  it('needs the author in the same passage, not elsewhere in the talk', () => {
    const apart = talk(['Sam Gross asked a question.', 'Removing the global interpreter lock.']);
    expect(findEarlyDiscussions(apart, SNAPSHOT)).toEqual([]);
  });

  it('accepts an author who presents a talk about the PEP’s subject, from any passage', () => {
    const presented = talk(['Python lacks a time zone database.'], {
      title: 'Time Zones In The Standard Library',
      speakers: ['Paul Ganssle'],
      summitYear: 2019,
    });
    expect(findEarlyDiscussions(presented, SNAPSHOT)).toEqual([
      {
        pep: 615,
        evidence: {
          author: 'Paul Ganssle',
          authorPresents: true,
          phrases: ['Time Zone Database'],
          blockId: 'b1',
        },
      },
    ]);
    expect(earlyDiscussionLabel(615, findEarlyDiscussions(presented, SNAPSHOT)[0].evidence)).toBe(
      'Before PEP 615 existed — given by its author Paul Ganssle, on ‘time zone database’',
    );
    // Presenting a talk on another subject is not enough.
    expect(findEarlyDiscussions({ ...presented, title: 'Burnout is real' }, SNAPSHOT)).toEqual([]);
  });

  it('needs a full name: a one-word author name links nothing', () => {
    expect(findEarlyDiscussions(talk(['Guido: a lonely word.'], { summitYear: 2024 }), SNAPSHOT)).toEqual([]);
  });

  it('does not take a name that runs into another word', () => {
    expect(findEarlyDiscussions(talk(['Sam Grossman on the global interpreter lock.']), SNAPSHOT)).toEqual([]);
  });
});

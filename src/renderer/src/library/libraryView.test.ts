import { describe, expect, it } from 'vitest';
import type { LibraryIndex } from '../../../shared/model';
import type { TalkActivity } from '../storage/talkActivity';
import { DEFAULT_LIBRARY_OPTIONS, firstTalks, librarySections, talkCount, talkOrder } from './libraryView';

const source = (id: string, talks: [string, string[]][]) => ({
  id,
  imported: false,
  title: id,
  kind: 'article' as const,
  date: null,
  author: null,
  host: null,
  guests: [],
  talks: talks.map(([talkId, speakers]) => ({ id: talkId, title: talkId, speakers, blockCount: 1 })),
});

const library: LibraryIndex = {
  corpusVersion: 'v',
  summits: [
    {
      year: 2023,
      sources: [
        source('s23', [
          ['a', ['Ann Lee']],
          ['b', ['Bo Chen']],
        ]),
      ],
    },
    { year: 2024, sources: [source('s24', [['c', ['Ann Lee']]])] },
  ],
  other: [],
  speakers: ['Ann Lee', 'Bo Chen'],
};

const activity = new Map<string, TalkActivity>([
  ['a', { progress: 1, read: true, lastReadAt: 10, highlights: 0, notes: 0 }],
  ['c', { progress: 0.5, read: false, lastReadAt: 20, highlights: 1, notes: 0 }],
]);

function talkIds(sections: ReturnType<typeof librarySections>): string[][] {
  return sections.map((section) => section.sources.flatMap((entry) => entry.talks.map((talk) => talk.id)));
}

describe('the library sidebar', () => {
  it('lists summits in order by default', () => {
    expect(talkIds(librarySections(library, DEFAULT_LIBRARY_OPTIONS, activity))).toEqual([['a', 'b'], ['c']]);
  });

  it('puts recently read talks first, newest first', () => {
    const sections = librarySections(library, { ...DEFAULT_LIBRARY_OPTIONS, sort: 'recent' }, activity);
    expect(sections.map((section) => section.heading)).toEqual(['Recently read', 'Language Summit 2023']);
    expect(talkIds(sections)).toEqual([['c', 'a'], ['b']]);
  });

  it('filters by speaker and by unread', () => {
    expect(talkIds(librarySections(library, { ...DEFAULT_LIBRARY_OPTIONS, speaker: 'Ann Lee' }, activity))).toEqual([
      ['a'],
      ['c'],
    ]);
    // Any part of a name, in any case.
    expect(talkIds(librarySections(library, { ...DEFAULT_LIBRARY_OPTIONS, speaker: ' chen' }, activity))).toEqual([
      ['b'],
    ]);
    expect(talkIds(librarySections(library, { ...DEFAULT_LIBRARY_OPTIONS, unreadOnly: true }, activity))).toEqual([
      ['b'],
      ['c'],
    ]);
  });

  it('knows the reading order of talks', () => {
    expect(talkOrder(library)).toEqual(['a', 'b', 'c']);
  });
});

describe('a long library shown a slice at a time', () => {
  const sections = librarySections(library, DEFAULT_LIBRARY_OPTIONS, activity);

  it('shows the first talks in library order, with the summits and sources holding them', () => {
    expect(talkCount(sections)).toBe(3);
    expect(talkIds(firstTalks(sections, 1))).toEqual([['a']]);
    expect(talkIds(firstTalks(sections, 2))).toEqual([['a', 'b']]);
    expect(talkIds(firstTalks(sections, 3))).toEqual([['a', 'b'], ['c']]);
    expect(firstTalks(sections, 0)).toEqual([]);
  });

  it('keeps what is whole as it was, so entries already shown are not made again', () => {
    const whole = firstTalks(sections, 10);
    expect(whole).toEqual(sections);
    expect(whole[0]).toBe(sections[0]);
    expect(firstTalks(sections, 2)[0]).toBe(sections[0]);
  });
});

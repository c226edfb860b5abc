import { describe, expect, it } from 'vitest';
import type { HighlightRecord, TalkNoteRecord } from '../../../shared/annotations';
import { allTags, groupEntries, NO_FILTERS, type NotebookEntry } from './notebookEntries';

function highlight(
  id: string,
  talkId: string,
  year: number | null,
  overrides: Partial<HighlightRecord> = {},
): HighlightRecord {
  return {
    id,
    talkId,
    color: 'yellow',
    note: '',
    tags: [],
    selectors: {
      quote: { exact: `quote ${id}`, prefix: '', suffix: '' },
      position: { blockId: 'b', blockOffset: 0, start: 0, end: 1 },
    },
    citation: { talkTitle: `Talk ${talkId}`, speakers: [], summitYear: year, sourceTitle: 'Source' },
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    ...overrides,
  };
}

function entry(record: HighlightRecord, position: number, orphan = false): NotebookEntry {
  return { kind: 'highlight', record, position, orphan };
}

const note: TalkNoteRecord = {
  talkId: 'a',
  text: 'About the GIL',
  tags: ['gil'],
  citation: { talkTitle: 'Talk a', speakers: [], summitYear: 2023, sourceTitle: 'Source' },
  createdAt: 5,
  updatedAt: 9,
  deletedAt: null,
};

const entries: NotebookEntry[] = [
  entry(highlight('h2', 'a', 2023, { color: 'blue', createdAt: 3, updatedAt: 30 }), 50),
  entry(highlight('h1', 'a', 2023, { tags: ['gil'], createdAt: 2, updatedAt: 20, note: 'nogil is fast' }), 10),
  entry(highlight('h3', 'b', 2025, { createdAt: 4, updatedAt: 4 }), 0),
  entry(highlight('h4', 'gone', null, { createdAt: 1, updatedAt: 1 }), -1, true),
  { kind: 'note', record: note, position: -1, orphan: false },
];

describe('notebook grouping', () => {
  it('groups by summit, newest first, then talk, with entries in reading order', () => {
    const groups = groupEntries(entries, NO_FILTERS);
    expect(groups.map((group) => group.summitYear)).toEqual([2025, 2023, null]);
    expect(groups[1].talks[0].entries.map((item) => (item.kind === 'highlight' ? item.record.id : 'note'))).toEqual([
      'note',
      'h1',
      'h2',
    ]);
  });

  it('sorts by creation or edit time when asked', () => {
    const ids = (sort: 'created' | 'edited'): string[] =>
      groupEntries(entries, { ...NO_FILTERS, summitYear: 2023, sort })[0].talks[0].entries.map((item) =>
        item.kind === 'highlight' ? item.record.id : 'note',
      );
    expect(ids('created')).toEqual(['note', 'h2', 'h1']);
    expect(ids('edited')).toEqual(['h2', 'h1', 'note']);
  });

  it('filters by colour, tag, talk, summit and text', () => {
    const count = (filters: Partial<typeof NO_FILTERS>): number =>
      groupEntries(entries, { ...NO_FILTERS, ...filters }).flatMap((group) =>
        group.talks.flatMap((talk) => talk.entries),
      ).length;
    expect(count({ color: 'blue' })).toBe(1);
    expect(count({ tag: 'gil' })).toBe(2);
    expect(count({ talkId: 'b' })).toBe(1);
    expect(count({ summitYear: 'none' })).toBe(1);
    expect(count({ text: 'NOGIL' })).toBe(1);
    expect(count({ text: 'nothing like this' })).toBe(0);
  });

  it('filters to the notes with versions from two computers waiting', () => {
    const waiting: NotebookEntry[] = [
      ...entries,
      entry(highlight('h5', 'b', 2025, { note: 'mine', noteConflicts: ['theirs'] }), 5),
      { kind: 'note', record: { ...note, talkId: 'c', textConflicts: ['another'] }, position: -1, orphan: false },
      entry(highlight('h6', 'b', 2025, { note: 'settled', noteConflicts: [] }), 6),
    ];
    const ids = groupEntries(waiting, { ...NO_FILTERS, versionsWaiting: true }).flatMap((group) =>
      group.talks.flatMap((talk) =>
        talk.entries.map((item) => (item.kind === 'note' ? `note ${talk.talkId}` : item.record.id)),
      ),
    );
    expect(ids.sort()).toEqual(['h5', 'note c']);
  });

  it('keeps orphans, last in their talk', () => {
    const groups = groupEntries(entries, NO_FILTERS);
    const orphanGroup = groups.find((group) => group.summitYear === null);
    expect(orphanGroup?.talks[0].entries[0]).toMatchObject({ orphan: true });
  });

  it('lists every tag once, sorted', () => {
    expect(allTags(entries)).toEqual(['gil']);
  });
});

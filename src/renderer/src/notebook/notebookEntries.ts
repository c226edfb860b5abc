// The notebook's entries: every live highlight and talk note, filtered, sorted and grouped by
// summit and talk. Pure, so the rules are tested without the UI.

import {
  hasVersionsWaiting,
  type HighlightColor,
  type HighlightRecord,
  type TalkNoteRecord,
} from '../../../shared/annotations';

export type NotebookEntry =
  | { kind: 'highlight'; record: HighlightRecord; orphan: boolean; position: number }
  | { kind: 'note'; record: TalkNoteRecord; orphan: boolean; position: number };

export interface NotebookFilters {
  summitYear: number | 'all' | 'none';
  talkId: string | 'all';
  color: HighlightColor | 'all';
  tag: string | 'all';
  text: string;
  /** Only notes with versions from two computers waiting for the reader to choose one. */
  versionsWaiting: boolean;
  sort: 'position' | 'created' | 'edited';
}

export const NO_FILTERS: NotebookFilters = {
  summitYear: 'all',
  talkId: 'all',
  color: 'all',
  tag: 'all',
  text: '',
  versionsWaiting: false,
  sort: 'position',
};

export interface NotebookGroup {
  summitYear: number | null;
  talks: { talkId: string; talkTitle: string; speakers: string[]; entries: NotebookEntry[] }[];
}

function entryText(entry: NotebookEntry): string {
  return entry.kind === 'highlight'
    ? `${entry.record.selectors.quote.exact}\n${entry.record.note}\n${entry.record.tags.join(' ')}`
    : `${entry.record.text}\n${entry.record.tags.join(' ')}`;
}

export function matchesFilters(entry: NotebookEntry, filters: NotebookFilters): boolean {
  const { citation, talkId, tags } = entry.record;
  if (filters.summitYear === 'none' && citation.summitYear !== null) return false;
  if (typeof filters.summitYear === 'number' && citation.summitYear !== filters.summitYear) return false;
  if (filters.talkId !== 'all' && talkId !== filters.talkId) return false;
  if (filters.color !== 'all' && (entry.kind !== 'highlight' || entry.record.color !== filters.color)) return false;
  if (filters.tag !== 'all' && !tags.includes(filters.tag)) return false;
  if (filters.versionsWaiting && !hasVersionsWaiting(entry.record)) return false;
  const needle = filters.text.trim().toLowerCase();
  return needle === '' || entryText(entry).toLowerCase().includes(needle);
}

function sortKey(entry: NotebookEntry, sort: NotebookFilters['sort']): number {
  if (sort === 'created') return -entry.record.createdAt;
  if (sort === 'edited') return -entry.record.updatedAt;
  // Talk notes open their talk; orphans, which have no place, come last.
  return entry.kind === 'note' ? -1 : entry.orphan ? Number.MAX_SAFE_INTEGER : entry.position;
}

/** Groups the matching entries by summit (newest first) and talk, sorted within each talk. */
export function groupEntries(entries: NotebookEntry[], filters: NotebookFilters): NotebookGroup[] {
  const bySummit = new Map<number | null, Map<string, NotebookGroup['talks'][number]>>();
  for (const entry of entries.filter((candidate) => matchesFilters(candidate, filters))) {
    const { citation, talkId } = entry.record;
    const talks = bySummit.get(citation.summitYear) ?? new Map();
    bySummit.set(citation.summitYear, talks);
    const talk = talks.get(talkId) ?? {
      talkId,
      talkTitle: citation.talkTitle,
      speakers: citation.speakers,
      entries: [],
    };
    talks.set(talkId, talk);
    talk.entries.push(entry);
  }
  return [...bySummit.entries()]
    .sort(([a], [b]) => (b ?? -1) - (a ?? -1))
    .map(([summitYear, talks]) => ({
      summitYear,
      talks: [...talks.values()]
        .sort((a, b) => a.talkTitle.localeCompare(b.talkTitle))
        .map((talk) => ({
          ...talk,
          entries: [...talk.entries].sort((a, b) => sortKey(a, filters.sort) - sortKey(b, filters.sort)),
        })),
    }));
}

export function allTags(entries: NotebookEntry[]): string[] {
  return [...new Set(entries.flatMap((entry) => entry.record.tags))].sort();
}

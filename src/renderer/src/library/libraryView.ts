// What the library sidebar shows: summits in order, or talks by when they were last read,
// narrowed to one speaker or to unread talks.

import type { LibraryIndex, SourceSummary, TalkSummary } from '../../../shared/model';
import type { TalkActivity } from '../storage/talkActivity';

export interface LibraryOptions {
  sort: 'summit' | 'recent';
  speaker: string | 'all';
  unreadOnly: boolean;
}

export const DEFAULT_LIBRARY_OPTIONS: LibraryOptions = { sort: 'summit', speaker: 'all', unreadOnly: false };

export interface LibrarySection {
  key: string;
  heading: string;
  summitYear: number | null;
  sources: { source: SourceSummary; talks: TalkSummary[] }[];
}

function keepTalk(talk: TalkSummary, options: LibraryOptions, activity: Map<string, TalkActivity>): boolean {
  if (options.speaker !== 'all' && !talk.speakers.includes(options.speaker)) return false;
  return !options.unreadOnly || !activity.get(talk.id)?.read;
}

export function allSpeakers(library: LibraryIndex): string[] {
  const names = new Set<string>();
  for (const source of [...library.summits.flatMap((summit) => summit.sources), ...library.other]) {
    for (const talk of source.talks) for (const speaker of talk.speakers) names.add(speaker);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

export function librarySections(
  library: LibraryIndex,
  options: LibraryOptions,
  activity: Map<string, TalkActivity>,
): LibrarySection[] {
  const bySummit: LibrarySection[] = [
    ...library.summits.map((summit) => ({
      key: String(summit.year),
      heading: `Language Summit ${summit.year}`,
      summitYear: summit.year as number | null,
      sources: summit.sources,
    })),
    ...(library.other.length > 0 ? [{ key: 'other', heading: 'Other', summitYear: null, sources: library.other }] : []),
  ].map((section) => ({
    ...section,
    sources: section.sources
      .map((source) => ({ source, talks: source.talks.filter((talk) => keepTalk(talk, options, activity)) }))
      .filter((entry) => entry.talks.length > 0),
  }));
  const visible = bySummit.filter((section) => section.sources.length > 0);
  if (options.sort === 'summit') return visible;
  // Recently read: one list of the talks opened, newest first, then the rest in summit order.
  const opened = visible
    .flatMap((section) => section.sources.flatMap(({ source, talks }) => talks.map((talk) => ({ source, talk }))))
    .filter(({ talk }) => (activity.get(talk.id)?.lastReadAt ?? 0) > 0)
    .sort((a, b) => (activity.get(b.talk.id)?.lastReadAt ?? 0) - (activity.get(a.talk.id)?.lastReadAt ?? 0));
  const openedIds = new Set(opened.map(({ talk }) => talk.id));
  const recent: LibrarySection = {
    key: 'recent',
    heading: 'Recently read',
    summitYear: null,
    sources: opened.map(({ source, talk }) => ({ source, talks: [talk] })),
  };
  const rest = visible
    .map((section) => ({
      ...section,
      sources: section.sources
        .map((entry) => ({ ...entry, talks: entry.talks.filter((talk) => !openedIds.has(talk.id)) }))
        .filter((entry) => entry.talks.length > 0),
    }))
    .filter((section) => section.sources.length > 0);
  return [...(recent.sources.length > 0 ? [recent] : []), ...rest];
}

/** Every talk in library order, for next and previous talk. */
export function talkOrder(library: LibraryIndex): string[] {
  return [...library.summits.flatMap((summit) => summit.sources), ...library.other].flatMap((source) =>
    source.talks.map((talk) => talk.id),
  );
}

// What the library sidebar shows: summits in order, or talks by when they were last read,
// narrowed to one speaker or to unread talks.

import type { LibraryIndex, SourceSummary, TalkSummary } from '../../../shared/model';
import type { TalkActivity } from '../storage/talkActivity';

export interface LibraryOptions {
  sort: 'summit' | 'recent';
  /** Part of a speaker's name, in any case; empty for everyone. */
  speaker: string;
  unreadOnly: boolean;
}

export const DEFAULT_LIBRARY_OPTIONS: LibraryOptions = { sort: 'summit', speaker: '', unreadOnly: false };

export interface LibrarySection {
  key: string;
  heading: string;
  summitYear: number | null;
  sources: { source: SourceSummary; talks: TalkSummary[] }[];
}

function keepTalk(talk: TalkSummary, options: LibraryOptions, activity: Map<string, TalkActivity>): boolean {
  const wanted = options.speaker.trim().toLowerCase();
  if (wanted && !talk.speakers.some((speaker) => speaker.toLowerCase().includes(wanted))) return false;
  return !options.unreadOnly || !activity.get(talk.id)?.read;
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

/** How many talks the sections hold. */
export function talkCount(sections: LibrarySection[]): number {
  return sections.reduce(
    (total, section) => total + section.sources.reduce((sum, entry) => sum + entry.talks.length, 0),
    0,
  );
}

/**
 * The first `limit` talks of the sections, in order, with the sections and sources that hold them:
 * what a long library shows while the rest is still being added.
 */
export function firstTalks(sections: LibrarySection[], limit: number): LibrarySection[] {
  let left = limit;
  const shown: LibrarySection[] = [];
  for (const section of sections) {
    if (left <= 0) break;
    const sources: LibrarySection['sources'] = [];
    let cut = false;
    for (const entry of section.sources) {
      if (left <= 0) {
        cut = true;
        break;
      }
      cut = entry.talks.length > left;
      sources.push(cut ? { ...entry, talks: entry.talks.slice(0, left) } : entry);
      left -= Math.min(left, entry.talks.length);
    }
    shown.push(cut ? { ...section, sources } : section);
  }
  return shown;
}

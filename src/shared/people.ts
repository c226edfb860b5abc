// The people index: everyone who presented a talk or spoke in an episode, with their talks by summit.

import type { LibraryIndex } from './model';

export interface PersonTalk {
  talkId: string;
  title: string;
  summitYear: number | null;
  sourceTitle: string;
}

export interface Person {
  name: string;
  /** Years in which they presented or spoke, oldest first. */
  years: number[];
  talks: PersonTalk[];
  /** Episodes and transcripts in which they spoke as host or guest. */
  appearances: { sourceId: string; title: string; summitYear: number | null; role: 'host' | 'guest' }[];
}

/** How names are compared: one person however a source spaced, cased or composed their name. */
export function personKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
}

export function buildPeopleIndex(library: LibraryIndex): Person[] {
  const people = new Map<string, Person>();
  const person = (name: string): Person => {
    const key = personKey(name);
    let entry = people.get(key);
    if (!entry) {
      entry = { name: name.normalize('NFC').replace(/\s+/g, ' ').trim(), years: [], talks: [], appearances: [] };
      people.set(key, entry);
    }
    return entry;
  };
  const sources = [
    ...library.summits.flatMap((summit) =>
      summit.sources.map((source) => ({ source, year: summit.year as number | null })),
    ),
    ...library.other.map((source) => ({ source, year: null })),
  ];
  for (const { source, year } of sources) {
    for (const talk of source.talks) {
      for (const speaker of talk.speakers) {
        const entry = person(speaker);
        if (!entry.talks.some((known) => known.talkId === talk.id)) {
          entry.talks.push({ talkId: talk.id, title: talk.title, summitYear: year, sourceTitle: source.title });
        }
        if (year !== null && !entry.years.includes(year)) entry.years.push(year);
      }
    }
    const roles: [string | null, 'host' | 'guest'][] = [
      [source.host, 'host'],
      ...source.guests.map((guest): [string, 'guest'] => [guest, 'guest']),
    ];
    for (const [name, role] of roles) {
      if (!name) continue;
      const entry = person(name);
      entry.appearances.push({ sourceId: source.id, title: source.title, summitYear: year, role });
      if (year !== null && !entry.years.includes(year)) entry.years.push(year);
    }
  }
  for (const entry of people.values()) {
    entry.years.sort((a, b) => a - b);
    entry.talks.sort((a, b) => (a.summitYear ?? 9999) - (b.summitYear ?? 9999) || a.title.localeCompare(b.title));
  }
  const surname = (name: string): string => name.split(' ').at(-1) ?? name;
  return [...people.values()].sort(
    (a, b) => surname(a.name).localeCompare(surname(b.name)) || a.name.localeCompare(b.name),
  );
}

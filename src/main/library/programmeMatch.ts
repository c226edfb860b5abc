// Which talk in the library holds each programme entry: the talk whose document was published at
// the entry's link, or else the one talk of the same summit whose title names it.

import type { SourceDocument, Talk } from '../../shared/model';
import { normalizeForMatch, titlesMatch } from '../../shared/titleMatch';

/** The path of an address, so that http/https, hosts and trailing slashes do not matter. */
function pathOf(address: string): string | null {
  try {
    const url = new URL(address, 'https://placeholder.invalid');
    return url.pathname.replace(/\/+$/, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

/** Maps each programme entry's talk id to the id of the talk that holds it, or null. */
export function matchProgramme(documents: SourceDocument[]): Map<string, string | null> {
  const matches = new Map<string, string | null>();
  const byPath = new Map<string, SourceDocument>();
  for (const document of documents) {
    const path = document.url ? pathOf(document.url) : null;
    if (path) byPath.set(path, document);
  }
  for (const document of documents) {
    if (!document.talks.some((talk) => talk.programmeLink)) continue;
    // The talks of the same summit in other documents, which an entry may name.
    const candidates = documents
      .filter((other) => other !== document && other.summitYear === document.summitYear)
      .flatMap((other) => other.talks.filter((talk) => !talk.programmeLink));
    for (const entry of document.talks) {
      if (!entry.programmeLink) continue;
      const path = pathOf(entry.programmeLink);
      const published = path ? byPath.get(path) : undefined;
      const fromLink = published
        ? (pickByTitle(entry, published.talks) ?? (published.talks.length === 1 ? published.talks[0] : null))
        : null;
      matches.set(entry.id, (fromLink ?? pickByTitle(entry, candidates))?.id ?? null);
    }
  }
  return matches;
}

/** The single talk whose title names the entry; none when no talk or several do. */
function pickByTitle(entry: Talk, talks: Talk[]): Talk | null {
  const exact = talks.filter((talk) => normalizeForMatch(talk.title) === normalizeForMatch(entry.title));
  if (exact.length === 1) return exact[0];
  const close = talks.filter((talk) => !talk.programmeLink && titlesMatch(entry.title, talk.title));
  return close.length === 1 ? close[0] : null;
}

// Titles of summit write-ups: "The Python Language Summit 2023: Burnout is Real" names a series and a talk.

import { nameList as speakerNames } from './programme';

export const SUMMIT_TITLE = /Language Summit/i;

/** The part before the first ": " when it is at least two words, as series names are. */
export function seriesPrefix(title: string): string | null {
  const colon = title.indexOf(': ');
  if (colon < 0) return null;
  const prefix = title.slice(0, colon).trim();
  return prefix.split(/\s+/).length >= 2 ? prefix : null;
}

/** The talk's own title: the post title without a summit series name in front. */
export function summitTalkTitle(postTitle: string): string {
  const prefix = seriesPrefix(postTitle);
  return prefix && SUMMIT_TITLE.test(prefix) ? postTitle.slice(prefix.length + 2).trim() : postTitle;
}

/** Titles that announce several talks rather than one. */
export function announcesSeveralTalks(title: string): boolean {
  return /lightning|\btalks\b|round-?up|recap|summary|highlights|day \d/i.test(title);
}

const SUMMIT_SUFFIX =
  /\s*(?:[-–—|:]\s*|\(\s*)(?:The\s+)?(?:\d{4}\s+)?(?:Python\s+)?Language\s+Summit(?:\s+\d{4})?\s*\)?\s*$/i;

/**
 * The talk a post's title names when the post reports one talk: "The Python Language Summit 2024:
 * Should Python adopt CalVer?", "The path forward for typing - Python Language Summit 2020" or
 * "Paul Ganssle: Time Zones In The Standard Library". Null for titles that name no single talk.
 */
export function singleTalkTitle(postTitle: string): { title: string; speakers: string[] | null } | null {
  let rest = postTitle.trim();
  let named = false;
  const prefix = seriesPrefix(rest);
  if (prefix && SUMMIT_TITLE.test(prefix)) {
    rest = rest.slice(prefix.length + 2).trim();
    named = true;
  } else if (SUMMIT_SUFFIX.test(rest) && !/^(?:The\s+)?(?:\d{4}\s+)?(?:Python\s+)?Language\s+Summit/i.test(rest)) {
    rest = rest.replace(SUMMIT_SUFFIX, '').trim();
    named = true;
  }
  if (!rest || announcesSeveralTalks(rest)) return null;
  const speakerPrefix = seriesPrefix(rest);
  if (speakerPrefix) {
    const names = speakerNames(speakerPrefix);
    if (names) return { title: rest.slice(speakerPrefix.length + 2).trim(), speakers: names };
  }
  return named ? { title: rest, speakers: null } : null;
}

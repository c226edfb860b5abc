// Titles of summit write-ups: "The Python Language Summit 2023: Burnout is Real" names a series and a talk.

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

// Literal, case-insensitive matches of a phrase in a talk's text, for find-in-talk.

export function findMatches(text: string, needle: string): { start: number; end: number }[] {
  const wanted = needle.trim().toLowerCase();
  if (!wanted) return [];
  const haystack = text.toLowerCase();
  const matches: { start: number; end: number }[] = [];
  for (
    let index = haystack.indexOf(wanted);
    index >= 0 && matches.length < 10_000;
    index = haystack.indexOf(wanted, index + wanted.length)
  ) {
    matches.push({ start: index, end: index + wanted.length });
  }
  return matches;
}

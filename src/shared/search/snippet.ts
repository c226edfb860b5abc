// A short excerpt of a matching text around its first match, as plain segments to render safely.

export interface SnippetSegment {
  text: string;
  match: boolean;
}

const RADIUS = 90;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern that marks matched terms (as word starts); null when nothing is to be marked. */
export function snippetMarker(matchedTerms: string[]): RegExp | null {
  const words = [...new Set(matchedTerms.filter((term) => term.length > 0))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** An excerpt of `text` around the first match of `marker`, with every match marked. */
export function makeSnippet(text: string, marker: RegExp | string[] | null): SnippetSegment[] {
  const pattern = Array.isArray(marker) ? snippetMarker(marker) : marker;
  if (!pattern) return [{ text: text.slice(0, RADIUS * 2) + (text.length > RADIUS * 2 ? '…' : ''), match: false }];
  pattern.lastIndex = 0;
  const first = pattern.exec(text);
  const center = first ? first.index : 0;
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, center - RADIUS)) + 1);
  const endSpace = text.indexOf(' ', Math.min(text.length, center + RADIUS));
  const end = endSpace < 0 ? text.length : endSpace;
  const excerpt = text.slice(start, end);
  const segments: SnippetSegment[] = [];
  if (start > 0) segments.push({ text: '…', match: false });
  let last = 0;
  pattern.lastIndex = 0;
  for (const match of excerpt.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) segments.push({ text: excerpt.slice(last, index), match: false });
    segments.push({ text: match[0], match: true });
    last = index + match[0].length;
  }
  if (last < excerpt.length) segments.push({ text: excerpt.slice(last), match: false });
  if (end < text.length) segments.push({ text: '…', match: false });
  return segments;
}

/** Text as quoted phrases are matched against it: lowercased, every run of whitespace one space. */
export function phraseForm(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** Whitespace-normalized, case-insensitive phrase containment. */
export function containsPhrase(text: string, phrase: string): boolean {
  return phraseForm(text).includes(phraseForm(phrase));
}

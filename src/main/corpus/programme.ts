// Finds a summit's programme in an overview post: entries that link a talk's title to its
// write-up and name its presenters right after the link ("[Making CPython Faster](…) Guido van Rossum").

import { markdownInlineToText } from './inline';
import { isPlausibleName, normalizePersonName } from './people';

export interface ProgrammeEntry {
  title: string;
  link: string;
  presenters: string[];
}

// A link, then the names: up to the end of the line or the next link, across at most one blank line.
const ENTRY =
  /\[((?:\\.|[^\]\\])+)\]\(\s*(https?:[^)\s]+)\s*\)[ \t]*(?:\n[ \t]*){0,2}([^[\n]{3,300}(?:\n(?![ \t]*\n)[^[\n]{1,300})?)/g;

/** Names in "A, B, and C" or "A & B"; null unless every part is a plausible full name. */
export function nameList(text: string): string[] | null {
  const cleaned = markdownInlineToText(text)
    .replace(/\s+/g, ' ')
    .replace(/[.;:]$/, '')
    .trim();
  if (!cleaned) return null;
  const parts = cleaned
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0 || !parts.every((part) => isPlausibleName(part))) return null;
  return parts.map(normalizePersonName);
}

/** Link labels in blog exports carry stray emphasis marks around dashes and at the ends. */
function cleanTitle(label: string): string {
  return markdownInlineToText(label.replace(/\n/g, ' '))
    .replace(/[*_]+(?=\s|[—–-]|$)|(?<=^|\s|[—–-])[*_]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The names at the start of a text that runs on into a sentence ("… and Tobias Kohn We hope you …"):
 * the longest run of its first `maxWords` words that reads as a list of names.
 */
export function leadingNameList(text: string, maxWords = 40): string[] | null {
  const whole = nameList(text);
  if (whole) return whole;
  const words = text.trim().split(/\s+/);
  for (let end = Math.min(words.length - 1, maxWords); end >= 2; end--) {
    const names = nameList(
      words
        .slice(0, end)
        .join(' ')
        .replace(/[,.;:]+$/, ''),
    );
    if (names) return names;
  }
  return null;
}

export function findProgramme(markdown: string): ProgrammeEntry[] {
  const entries: ProgrammeEntry[] = [];
  for (const match of markdown.matchAll(ENTRY)) {
    const presenters = leadingNameList(match[3].replace(/\s+/g, ' '));
    const title = cleanTitle(match[1]);
    if (!presenters || title.length < 3) continue;
    entries.push({ title, link: match[2], presenters });
  }
  return entries;
}

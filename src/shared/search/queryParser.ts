// Reads the search box: free words, "quoted phrases" and filters such as year:2024,
// speaker:"Pablo Galindo Salgado", source:transcript, tag:gil, color:yellow, pep:703 and in:notes.
// Any input is accepted; what is not understood is searched as words.

import { HIGHLIGHT_COLORS, type HighlightColor } from '../annotations';
import type { SourceKind } from '../model';

export interface QueryFilters {
  years: number[];
  speakers: string[];
  sources: SourceKind[];
  tags: string[];
  colors: HighlightColor[];
  /** PEP numbers: `pep:703` keeps talks and notes that mention PEP 703. */
  peps: number[];
  scope: 'all' | 'notes' | 'talks';
}

export interface ParsedQuery {
  /** Free text, with phrases included, as the index should see it. */
  text: string;
  phrases: string[];
  filters: QueryFilters;
  /** Filters that were recognised, for showing as chips. */
  chips: { key: string; value: string }[];
  /** False when the query ends in a space or a closing quote: its last word is complete. */
  lastWordIsPartial: boolean;
}

/** Longer input is cut: no one types more, and it keeps every query cheap. */
export const MAX_QUERY_LENGTH = 300;

const SOURCE_ALIASES: Record<string, SourceKind> = {
  article: 'article',
  articles: 'article',
  post: 'article',
  blog: 'article',
  episode: 'episode',
  episodes: 'episode',
  podcast: 'episode',
  transcript: 'transcript',
  transcripts: 'transcript',
};

const TOKEN = /(\w+):"([^"]*)"?|(\w+):(\S+)|"([^"]*)"?|(\S+)/g;

export function emptyFilters(): QueryFilters {
  return { years: [], speakers: [], sources: [], tags: [], colors: [], peps: [], scope: 'all' };
}

function applyFilter(filters: QueryFilters, key: string, value: string): boolean {
  const lower = value.toLowerCase().trim();
  if (!lower) return false;
  switch (key.toLowerCase()) {
    case 'year':
    case 'summit': {
      const year = Number(lower);
      if (!Number.isInteger(year) || year < 1990 || year > 2999) return false;
      filters.years.push(year);
      return true;
    }
    case 'speaker':
    case 'by':
      filters.speakers.push(value.trim());
      return true;
    case 'source':
    case 'kind': {
      const kind = SOURCE_ALIASES[lower];
      if (!kind) return false;
      filters.sources.push(kind);
      return true;
    }
    case 'tag':
      filters.tags.push(lower.replace(/^#/, ''));
      return true;
    case 'color':
    case 'colour': {
      const color = HIGHLIGHT_COLORS.find((candidate) => candidate === lower);
      if (!color) return false;
      filters.colors.push(color);
      return true;
    }
    case 'pep': {
      const number = Number(lower.replace(/^pep-?/, ''));
      if (!/^(?:pep-?)?\d{1,4}$/.test(lower) || !Number.isInteger(number)) return false;
      filters.peps.push(number);
      return true;
    }
    case 'in':
      if (lower === 'notes' || lower === 'note' || lower === 'highlights') filters.scope = 'notes';
      else if (lower === 'talks' || lower === 'corpus') filters.scope = 'talks';
      else return false;
      return true;
    default:
      return false;
  }
}

export function parseQuery(input: string): ParsedQuery {
  // Control characters are dropped; they can only come from pasting.
  const cleaned = Array.from(input.slice(0, MAX_QUERY_LENGTH), (char) => (char.charCodeAt(0) < 0x20 ? ' ' : char)).join(
    '',
  );
  const filters = emptyFilters();
  const phrases: string[] = [];
  const words: string[] = [];
  const chips: { key: string; value: string }[] = [];
  for (const match of cleaned.matchAll(TOKEN)) {
    const [, quotedKey, quotedValue, key, value, phrase, word] = match;
    if (quotedKey !== undefined) {
      if (applyFilter(filters, quotedKey, quotedValue ?? ''))
        chips.push({ key: quotedKey.toLowerCase(), value: quotedValue ?? '' });
      else words.push(quotedValue ?? '');
    } else if (key !== undefined) {
      if (applyFilter(filters, key, value ?? '')) chips.push({ key: key.toLowerCase(), value: value ?? '' });
      else words.push(`${key} ${value ?? ''}`);
    } else if (phrase !== undefined) {
      if (phrase.trim()) phrases.push(phrase.trim());
    } else if (word !== undefined) words.push(word);
  }
  const lastWordIsPartial = words.length > 0 && !/[\s"]$/.test(cleaned);
  return { text: [...phrases, ...words].join(' ').trim(), phrases, filters, chips, lastWordIsPartial };
}

export function hasFilters(filters: QueryFilters): boolean {
  return (
    filters.years.length +
      filters.speakers.length +
      filters.sources.length +
      filters.tags.length +
      filters.colors.length +
      filters.peps.length >
      0 || filters.scope !== 'all'
  );
}

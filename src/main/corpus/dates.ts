// Reads the dates and summit years that documents mention in prose.

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const MONTH_PATTERN =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2999) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}

/** "2025-06-12", "2025-06-12T10:00Z", "May 29, 2023", "Sat, Jul 30, 2022", "June 17th, 2025". */
export function parseDate(text: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const prose = new RegExp(`\\b${MONTH_PATTERN}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (prose) return isoDate(Number(prose[3]), monthNumber(prose[1]), Number(prose[2]));
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}\\.?,?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (dayFirst) return isoDate(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
  return null;
}

/** A line that is nothing but a date, as blog dumps put above each post. */
export function isDateLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > 40) return false;
  const pattern = new RegExp(
    `^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?${MONTH_PATTERN}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}$`,
    'i',
  );
  return pattern.test(trimmed) || /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
}

/**
 * The summit year a text is about: the year most often named next to "Language Summit" or
 * "PyCon US". Returns null when the text names none, so an undated document is never guessed.
 */
export function detectSummitYear(text: string): number | null {
  const counts = new Map<number, number>();
  const patterns = [
    /Language\s+Summit[\s,:]+(?:of\s+)?((?:19|20)\d{2})\b/gi,
    /\b((?:19|20)\d{2})(?:\s+Python)?\s+Language\s+Summit/gi,
    /PyCon\s+US\s+((?:19|20)\d{2})\b/gi,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const year = Number(match[1]);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}

const SUMMIT_NAMED = /\bLanguage\s+Summit\b/i;
const SUMMIT_WITH_YEAR = [
  /Language\s+Summit[\s,:]+(?:of\s+)?((?:19|20)\d{2})\b/gi,
  /\b((?:19|20)\d{2})(?:\s+Python)?\s+Language\s+Summit/gi,
];

/** The year named most often by the patterns, the earliest-named on a tie; null when none is. */
function mostNamedYear(text: string, patterns: RegExp[]): number | null {
  const counts = new Map<number, { count: number; first: number }>();
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const year = Number(match[1]);
      const seen = counts.get(year);
      counts.set(year, { count: (seen?.count ?? 0) + 1, first: Math.min(seen?.first ?? Infinity, match.index ?? 0) });
    }
  }
  let best: number | null = null;
  for (const [year, seen] of counts) {
    const current = best === null ? undefined : counts.get(best);
    if (!current || seen.count > current.count || (seen.count === current.count && seen.first < current.first))
      best = year;
  }
  return best;
}

/**
 * The summit an episode is about, from its title and opening, never from when it was recorded or
 * from a summit it mentions in passing: a year named with "Language Summit" in the opening; else,
 * when the opening is about the Language Summit, the PyCon US it names, or the year it was recorded
 * when it speaks of "this year's" summit. Null (filed under Other) when the opening is about
 * something else.
 */
export function episodeSummitYear(opening: string, recordedYear: number | null): number | null {
  if (!SUMMIT_NAMED.test(opening)) return null;
  const named = mostNamedYear(opening, SUMMIT_WITH_YEAR);
  if (named !== null) return named;
  const pycon = mostNamedYear(opening, [/PyCon\s+(?:US\s+)?((?:19|20)\d{2})\b/gi]);
  if (pycon !== null) return pycon;
  return /\bthis\s+year[’']s\s+(?:Python\s+)?Language\s+Summit/i.test(opening) ? recordedYear : null;
}

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

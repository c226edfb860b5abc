// Whether two titles name the same talk, however each document words and marks it up.

const STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'to', 'in', 'for', 'on', 'python', 'language', 'summit']);

/** Lowercase letters and digits only, accents and punctuation removed. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function words(text: string): Set<string> {
  return new Set(
    normalizeForMatch(text)
      .split(' ')
      .filter((word) => word !== '' && !STOP_WORDS.has(word)),
  );
}

/** An output title names the expected talk: it contains it without being a wall of text, or shares most words. */
export function titlesMatch(expected: string, output: string): boolean {
  const want = normalizeForMatch(expected);
  const got = normalizeForMatch(output);
  if (!want || !got) return false;
  if (got.includes(want) && got.length <= 3 * want.length + 40) return true;
  if (want.includes(got) && got.length >= 0.6 * want.length) return true;
  const a = words(expected);
  const b = words(output);
  if (a.size === 0 || b.size === 0) return false;
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / new Set([...a, ...b]).size >= 0.6;
}

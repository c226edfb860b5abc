// How text is cut into search terms, the same for indexing and for queries.

export const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from has have he her his i if in into is it its of on or our she so than that the their ' +
    'them then there these they this to was we were what when which who will with would you your not no do does did can could ' +
    'been also about just like more some such very how all any each other over only own same too'
  ).split(' '),
);

/**
 * Words, with inner hyphens kept ("t-strings", "free-threading") and also split into their parts,
 * so both "t-strings" and "strings" find the same text.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.split(/[^\p{L}\p{N}_-]+/u)) {
    const trimmed = word.replace(/^[-_]+|[-_]+$/g, '');
    if (!trimmed) continue;
    tokens.push(trimmed);
    if (trimmed.includes('-')) for (const part of trimmed.split('-')) if (part) tokens.push(part);
  }
  return tokens;
}

/** Lowercases a term; drops stop words and single letters, which match too much to help. */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (lower.length < 2 || STOP_WORDS.has(lower)) return null;
  return lower;
}

/** The terms a query or text yields, in order, after the same processing the index applies. */
export function terms(text: string): string[] {
  return tokenize(text).flatMap((token) => processTerm(token) ?? []);
}

// Splits a list item whose title runs straight into its text ("Immortal Objects Immortal objects
// never get…"), as happens when a page's bold titles are copied out as plain text.

const SMALL_WORDS = new Set(
  'a an the of and or for in on at to via vs vs. with without from by into over per as nor but'.split(' '),
);

function bare(word: string): string {
  return word
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/[’']s?$/u, '')
    .toLowerCase();
}

function stem(word: string): string {
  return bare(word).replace(/s$/, '');
}

function isTitleWord(word: string, index: number): boolean {
  return index === 0 || /^[\p{Lu}\p{N}(“"‘]/u.test(word) || SMALL_WORDS.has(word.toLowerCase());
}

function startsUpper(word: string): boolean {
  return /^[\p{Lu}]/u.test(word);
}

const MAX_TITLE_WORDS = 12;

/** The text often opens by repeating the title's first word ("Cinder: … Cinder is"). */
function repeatedOpening(words: string[]): number | null {
  const first = stem(words[0]);
  if (first.length < 3) return null;
  // The repeat starts a sentence, so it is written as the title's first word is ("Issue" but not "issues").
  for (let k = 1; k <= Math.min(MAX_TITLE_WORDS, words.length - 2); k++) {
    if (stem(words[k]) === first && words[k][0] === words[0][0]) return k;
  }
  return null;
}

function chooseBodyStart(words: string[], firstLower: number): number | null {
  // A closing parenthesis ends a title ("… (No GIL) Alex highlighted").
  for (let k = firstLower - 1; k >= 1; k--) if (words[k - 1].endsWith(')') && startsUpper(words[k])) return k;
  // A possessive names the subject the text opens with ("Eric Snow’s PEP 684 proposal").
  for (let p = 1; p < firstLower; p++) {
    if (!/[’']s?$/u.test(words[p])) continue;
    return p >= 3 && /^\p{Lu}\p{Ll}+$/u.test(words[p - 1]) ? p - 1 : p;
  }
  // Otherwise the text starts at the last capitalized word before the first lowercase one.
  for (let k = firstLower - 1; k >= 1; k--) if (startsUpper(words[k])) return k;
  return null;
}

/** Returns the title and text of a glued item, or null when no split can be told from the words. */
export function splitGluedTitle(text: string): { title: string; body: string } | null {
  const explicit = /^(.{3,90}?)(?::\s+|\s+[—–-]\s+)(\p{Lu}.*)$/u.exec(text);
  const words = text.split(/\s+/).filter(Boolean);
  const repeated = repeatedOpening(words);
  if (repeated !== null) return { title: words.slice(0, repeated).join(' '), body: words.slice(repeated).join(' ') };
  let firstLower = -1;
  for (let i = 1; i < Math.min(words.length, 18); i++) {
    if (!isTitleWord(words[i], i)) {
      firstLower = i;
      break;
    }
  }
  if (firstLower > 1) {
    const k = chooseBodyStart(words, firstLower);
    if (k !== null && k >= 1) {
      return { title: words.slice(0, k).join(' '), body: words.slice(k).join(' ') };
    }
  }
  if (explicit) return { title: explicit[1].trim(), body: explicit[2].trim() };
  return null;
}

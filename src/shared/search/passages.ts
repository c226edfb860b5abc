// Finds the passages of one matching talk to show in the results. The index ranks whole talks;
// only the few talks on screen are read block by block, for the terms the index matched in them.

/** A term found in the talk's text, and the query word it stands for (itself, a prefix, a typo). */
export interface MatchedTerm {
  term: string;
  queryTerm: string;
}

export interface PassageQuery {
  /** Terms the index matched in the talk's text, lowercased as indexed. */
  terms: MatchedTerm[];
  /** Quoted phrases, lowercased with single spaces; a passage must hold every one. */
  phrases: string[];
}

export interface Passage {
  blockId: string;
  /** Relative to the talk's best passage: 1 for the best, less for the others. */
  weight: number;
}

/** A talk's blocks lowercased with single spaces, joined by newlines, with where each starts. */
export interface LowercaseTalk {
  text: string;
  blockIds: string[];
  starts: number[];
}

export function lowercaseTalk(blocks: readonly { id: string; text: string }[]): LowercaseTalk {
  const parts: string[] = [];
  const blockIds: string[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    const lower = block.text.toLowerCase().replace(/\s+/g, ' ');
    if (!lower.trim()) continue;
    blockIds.push(block.id);
    starts.push(offset);
    parts.push(lower);
    // A newline between blocks: a phrase, whose spaces are single spaces, never spans two.
    offset += lower.length + 1;
  }
  return { text: parts.join('\n'), blockIds, starts };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCharacter(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHARACTER.test(text[index]);
}

/** The next place at or after `from` where `term` stands as a whole word (or a hyphenated word's part); -1 if none. */
function nextWord(text: string, term: string, from: number): number {
  for (let at = text.indexOf(term, from); at !== -1; at = text.indexOf(term, at + 1))
    if (!isWordCharacter(text, at - 1) && !isWordCharacter(text, at + term.length)) return at;
  return -1;
}

/** The block holding a position of the talk's text. */
function blockAt(starts: number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The blocks holding every phrase. */
function blocksWithPhrases(talk: LowercaseTalk, phrases: string[]): Set<number> {
  let blocks: Set<number> | undefined;
  for (const phrase of phrases) {
    const holding = new Set<number>();
    for (let at = talk.text.indexOf(phrase); at !== -1; at = talk.text.indexOf(phrase, at + 1))
      holding.add(blockAt(talk.starts, at));
    blocks = blocks ? new Set([...blocks].filter((block) => holding.has(block))) : holding;
  }
  return blocks ?? new Set();
}

/** Whether one block of the talk holds every phrase. */
export function holdsPhrases(talk: LowercaseTalk, phrases: string[]): boolean {
  if (phrases.length === 0) return true;
  if (!phrases.every((phrase) => talk.text.includes(phrase))) return false;
  return blocksWithPhrases(talk, phrases).size > 0;
}

/**
 * Which query word each matched term stands for: the word itself, a word it extends (a prefix),
 * or else the word sharing its longest beginning (a typo).
 */
export function attributeTerms(matched: string[], queryTerms: string[]): MatchedTerm[] {
  return matched.map((term) => {
    const exact = queryTerms.find((queryTerm) => queryTerm === term);
    const prefix = queryTerms.find((queryTerm) => term.startsWith(queryTerm));
    if (exact ?? prefix) return { term, queryTerm: (exact ?? prefix) as string };
    let best = queryTerms[0] ?? term;
    let bestShared = -1;
    for (const queryTerm of queryTerms) {
      let shared = 0;
      while (shared < term.length && term[shared] === queryTerm[shared]) shared++;
      if (shared > bestShared) [best, bestShared] = [queryTerm, shared];
    }
    return { term, queryTerm: best };
  });
}

/**
 * The talk's best passages: the blocks holding the most of the query's words, earlier first.
 * Blocks without a phrase the query quotes are left out. The talk is read once, in order, and
 * only until `limit` blocks hold every word, so a long transcript is rarely read to its end.
 */
export function findPassages(talk: LowercaseTalk, query: PassageQuery, limit: number): Passage[] {
  const allowed = query.phrases.length > 0 ? blocksWithPhrases(talk, query.phrases) : null;
  const words = [...new Set(query.terms.map((matched) => matched.queryTerm))];
  const wordOf = query.terms.map((matched) => words.indexOf(matched.queryTerm));
  // For each term, its next whole-word occurrence not yet passed (-1: no more).
  const next = query.terms.map(() => -2);
  const found: { block: number; covered: number }[] = [];
  let complete = 0;
  for (let block = 0; block < talk.starts.length && complete < limit; block++) {
    const start = talk.starts[block];
    const end = talk.starts[block + 1] ?? talk.text.length + 1;
    if (allowed && !allowed.has(block)) continue;
    const covered = new Set<number>();
    query.terms.forEach(({ term }, index) => {
      if (next[index] === -1) return;
      if (next[index] < start) next[index] = nextWord(talk.text, term, start);
      if (next[index] !== -1 && next[index] < end) covered.add(wordOf[index]);
    });
    // A phrase alone (its words too common to be indexed) still shows the blocks that hold it.
    if (covered.size === 0 && !allowed) continue;
    found.push({ block, covered: covered.size });
    if (covered.size === words.length) complete++;
  }
  found.sort((a, b) => b.covered - a.covered || a.block - b.block);
  const most = found[0]?.covered || 1;
  return found.slice(0, limit).map(({ block, covered }) => ({
    blockId: talk.blockIds[block],
    weight: Math.max(covered, 1) / most,
  }));
}

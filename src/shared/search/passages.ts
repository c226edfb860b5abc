// Finds the passages of one matching talk to show in the results. The index ranks whole talks;
// only the few talks on screen are read block by block, for the terms the index matched in them.

import { phraseForm } from './snippet';

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
    const lower = phraseForm(block.text);
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

/** A letter or digit: ASCII answered directly, the rest by Unicode class. */
function isWordCharacter(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return WORD_CHARACTER.test(text[index]);
}

function isJoiner(text: string, index: number): boolean {
  return text[index] === '-' || text[index] === '_';
}

/**
 * What is read for one query word: the word itself, found once for all its prefix expansions
 * ("thread" finds "threads" and "threading" in one reading), or a typo's correction on its own.
 */
interface Needle {
  needle: string;
  /** The terms the index matched that this reading stands for. */
  accepted: Set<string>;
  word: number;
}

function needlesOf(terms: MatchedTerm[], words: string[]): Needle[] {
  const byNeedle = new Map<string, Needle>();
  for (const { term, queryTerm } of terms) {
    const needle = term.startsWith(queryTerm) ? queryTerm : term;
    const key = `${needle}\u0000${queryTerm}`;
    let entry = byNeedle.get(key);
    if (!entry) byNeedle.set(key, (entry = { needle, accepted: new Set(), word: words.indexOf(queryTerm) }));
    entry.accepted.add(term);
  }
  return [...byNeedle.values()];
}

/**
 * The next place at or after `from` where a word starting with the needle is one of the accepted
 * terms, as the tokenizer cuts words: whole, or a hyphenated word and each of its parts; -1 if none.
 */
function nextAccepted(text: string, { needle, accepted }: Needle, from: number): number {
  for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (isWordCharacter(text, at - 1)) continue;
    let end = at + needle.length;
    while (isWordCharacter(text, end)) end++;
    if (accepted.has(text.slice(at, end))) return at;
    let joined = end;
    while (isJoiner(text, joined) || isWordCharacter(text, joined)) joined++;
    while (joined > end && isJoiner(text, joined - 1)) joined--;
    if (joined > end && accepted.has(text.slice(at, joined))) return at;
  }
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
  const needles = needlesOf(query.terms, words);
  // For each needle, its next accepted occurrence not yet passed (-1: no more).
  const next = needles.map(() => -2);
  const found: { block: number; covered: number }[] = [];
  let complete = 0;
  for (let block = 0; block < talk.starts.length && complete < limit; block++) {
    const start = talk.starts[block];
    const end = talk.starts[block + 1] ?? talk.text.length + 1;
    if (allowed && !allowed.has(block)) continue;
    const covered = new Set<number>();
    needles.forEach((needle, index) => {
      if (next[index] === -1) return;
      if (next[index] < start) next[index] = nextAccepted(talk.text, needle, start);
      if (next[index] !== -1 && next[index] < end) covered.add(needle.word);
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

// How a quote is matched in a talk's text and how candidates are scored, for the anchors in
// textAnchors.ts (the order anchoring follows lives there). A passage is never guessed: when two
// places fit equally well, the highlight is orphaned.

import search from 'approx-string-match';
import type { TextQuoteSelector } from './selectors';
import type { TalkText } from './talkText';

export type AnchorResult =
  | { status: 'anchored'; method: 'position' | 'exact' | 'fuzzy'; start: number; end: number; score: number }
  | { status: 'orphan'; reason: 'talk-missing' | 'not-found' | 'ambiguous' };

/** Every threshold and weight anchoring uses, in one place. */
export const ANCHOR_SCORING = {
  /** Share of the quote that may differ for a fuzzy match to count. */
  maxErrorRate: 0.2,
  /** Quotes shorter than this must match exactly: a typo's worth of slack would match anywhere. */
  exactBelowLength: 8,
  /** Below this length, a candidate's context must agree: short quotes recur too easily. */
  longQuoteLength: 40,
  /** How far the context on both sides must agree (1 is identical). */
  minContextScore: 0.6,
  /** How a candidate is ranked: the quote matters most, its context next, nearness to the old place least. */
  weights: { quote: 50, context: 40, nearness: 2 },
  /** Two candidates closer than this in both context and quote are ambiguous, and the highlight is orphaned. */
  ambiguity: { context: 0.05, quote: 0.01 },
} as const;

const MIN_QUOTE_SCORE = 1 - ANCHOR_SCORING.maxErrorRate;

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** 1 for identical strings, 0 for nothing in common; empty context on both sides counts as agreeing. */
function similarity(expected: string, actual: string): number {
  const longest = Math.max(expected.length, actual.length);
  return longest === 0 ? 1 : 1 - editDistance(expected, actual) / longest;
}

function contextScore(talkText: TalkText, quote: TextQuoteSelector, start: number, end: number): number {
  const before = talkText.text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = talkText.text.slice(end, end + quote.suffix.length);
  return (similarity(quote.prefix, before) + similarity(quote.suffix, after)) / 2;
}

function rank(quote: number, context: number, nearness: number): number {
  const { weights } = ANCHOR_SCORING;
  return (
    (weights.quote * quote + weights.context * context + weights.nearness * nearness) /
    (weights.quote + weights.context + weights.nearness)
  );
}

/**
 * Whether the passage at [start, end) is still the quoted one. Block ids are numbered in reading
 * order, so after an insertion the same id names another block; the talk-level offsets are used,
 * and a short quote must also keep its context there.
 */
export function quoteIsAt(talkText: TalkText, quote: TextQuoteSelector, start: number, end: number): boolean {
  if (talkText.text.slice(start, end) !== quote.exact) return false;
  return (
    quote.exact.length >= ANCHOR_SCORING.longQuoteLength ||
    contextScore(talkText, quote, start, end) >= ANCHOR_SCORING.minContextScore
  );
}

interface Match {
  start: number;
  end: number;
  errors: number;
}

/** Every place the quote occurs exactly: a fast path, since most quotes are unchanged. */
function exactMatches(text: string, exact: string): Match[] {
  const matches: Match[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1))
    matches.push({ start: at, end: at + exact.length, errors: 0 });
  return matches;
}

function fuzzyMatches(text: string, exact: string): Match[] {
  const maxErrors =
    exact.length < ANCHOR_SCORING.exactBelowLength ? 0 : Math.floor(exact.length * ANCHOR_SCORING.maxErrorRate);
  return search(text, exact, maxErrors);
}

/** The best of the candidate places, nearest `hint` among equals; never one of two equally good ones. */
function choose(
  talkText: TalkText,
  quote: TextQuoteSelector,
  hint: number,
  matches: Match[],
  method: 'exact' | 'fuzzy',
): AnchorResult {
  const { exact } = quote;
  const candidates = matches.map((match) => {
    const quoteScore = 1 - match.errors / exact.length;
    const context = contextScore(talkText, quote, match.start, match.end);
    const nearness = 1 - Math.min(1, Math.abs(match.start - hint) / Math.max(1, talkText.text.length));
    return { ...match, quote: quoteScore, context, score: rank(quoteScore, context, nearness) };
  });
  const acceptable = candidates.filter(
    (candidate) =>
      candidate.quote >= MIN_QUOTE_SCORE &&
      (candidate.context >= ANCHOR_SCORING.minContextScore ||
        (exact.length >= ANCHOR_SCORING.longQuoteLength && candidates.length === 1)),
  );
  if (acceptable.length === 0) return { status: 'orphan', reason: 'not-found' };
  acceptable.sort((a, b) => b.score - a.score);
  const [best, second] = acceptable;
  const { ambiguity } = ANCHOR_SCORING;
  // Two places that fit as well as each other: attaching to either could be wrong.
  if (
    second &&
    Math.abs(best.context - second.context) < ambiguity.context &&
    Math.abs(best.quote - second.quote) < ambiguity.quote
  ) {
    return { status: 'orphan', reason: 'ambiguous' };
  }
  return { status: 'anchored', method, start: best.start, end: best.end, score: best.score };
}

/**
 * Where a quote is in the text, nearest `hint` among equals. Exact occurrences are looked for first
 * (the common case, and far cheaper); the fuzzy search runs only when none of them is acceptable.
 */
export function locateQuote(talkText: TalkText, quote: TextQuoteSelector, hint: number): AnchorResult {
  const { exact } = quote;
  if (exact.trim() === '') return { status: 'orphan', reason: 'not-found' };
  const exactly = exactMatches(talkText.text, exact);
  if (exactly.length > 0) {
    const found = choose(talkText, quote, hint, exactly, 'exact');
    if (found.status === 'anchored' || found.reason === 'ambiguous') return found;
  }
  return choose(talkText, quote, hint, fuzzyMatches(talkText.text, exact), 'fuzzy');
}

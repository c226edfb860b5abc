// Finds a highlight's passage in the current text of its talk, in a fixed order: the stored
// position checked against the quote, then a fuzzy quote match near that position, then orphaned.
// A passage is never guessed: when two places fit equally well, the highlight is orphaned.

import search from 'approx-string-match';
import type { HighlightSelectors } from './selectors';
import type { TalkText } from './talkText';

export type AnchorResult =
  | { status: 'anchored'; method: 'position' | 'fuzzy'; start: number; end: number; score: number }
  | { status: 'orphan'; reason: 'talk-missing' | 'not-found' | 'ambiguous' };

/** Share of the quote that may differ for a fuzzy match to count. */
const MAX_ERROR_RATE = 0.2;
/** Below this, a candidate's context must agree: short quotes recur too easily. */
const LONG_QUOTE = 40;
const MIN_QUOTE_SCORE = 1 - MAX_ERROR_RATE;
const MIN_CONTEXT_SCORE = 0.6;

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

function contextScore(talkText: TalkText, selectors: HighlightSelectors, start: number, end: number): number {
  const { prefix, suffix } = selectors.quote;
  const before = talkText.text.slice(Math.max(0, start - prefix.length), start);
  const after = talkText.text.slice(end, end + suffix.length);
  return (similarity(prefix, before) + similarity(suffix, after)) / 2;
}

// Block ids are numbered in reading order, so after an insertion the same id names another block;
// the talk-level position is used, and a short quote must also keep its context there.
function positionMatches(talkText: TalkText, selectors: HighlightSelectors): AnchorResult | null {
  const { start, end } = selectors.position;
  const { exact } = selectors.quote;
  if (talkText.text.slice(start, end) !== exact) return null;
  if (exact.length < LONG_QUOTE && contextScore(talkText, selectors, start, end) < MIN_CONTEXT_SCORE) return null;
  return { status: 'anchored', method: 'position', start, end, score: 1 };
}

function fuzzyMatch(talkText: TalkText, selectors: HighlightSelectors): AnchorResult {
  const { exact } = selectors.quote;
  if (exact.trim() === '') return { status: 'orphan', reason: 'not-found' };
  const maxErrors = exact.length < 8 ? 0 : Math.floor(exact.length * MAX_ERROR_RATE);
  const hint = selectors.position.start;
  const candidates = search(talkText.text, exact, maxErrors).map((match) => {
    const quote = 1 - match.errors / exact.length;
    const context = contextScore(talkText, selectors, match.start, match.end);
    const nearness = 1 - Math.min(1, Math.abs(match.start - hint) / Math.max(1, talkText.text.length));
    return { ...match, quote, context, score: (50 * quote + 40 * context + 2 * nearness) / 92 };
  });
  const acceptable = candidates.filter(
    (candidate) =>
      candidate.quote >= MIN_QUOTE_SCORE &&
      (candidate.context >= MIN_CONTEXT_SCORE || (exact.length >= LONG_QUOTE && candidates.length === 1)),
  );
  if (acceptable.length === 0) return { status: 'orphan', reason: 'not-found' };
  acceptable.sort((a, b) => b.score - a.score);
  const [best, second] = acceptable;
  // Two places that fit as well as each other: attaching to either could be wrong.
  if (second && Math.abs(best.context - second.context) < 0.05 && Math.abs(best.quote - second.quote) < 0.01) {
    return { status: 'orphan', reason: 'ambiguous' };
  }
  return { status: 'anchored', method: 'fuzzy', start: best.start, end: best.end, score: best.score };
}

/** Anchors a highlight in a talk's current text; `null` text means the talk is gone. */
export function anchorHighlight(talkText: TalkText | null, selectors: HighlightSelectors): AnchorResult {
  if (!talkText) return { status: 'orphan', reason: 'talk-missing' };
  return positionMatches(talkText, selectors) ?? fuzzyMatch(talkText, selectors);
}

// The anchors a highlight is found by, one class per selector as in the Hypothesis client: a
// position anchor (offsets in the talk's text) and a quote anchor (the passage with its context).
// Each converts from and to its stored selector. `anchorHighlight` is the one way a stored highlight
// is found again, used by the reader, the notebook, exports and main's tests alike: the position,
// checked against the quote; then the quote (exactly, then fuzzily) near that position; then
// orphaned. Text-only, so it runs in main too; the renderer maps anchors to DOM ranges (domText.ts).

import { locateQuote, quoteIsAt, type AnchorResult } from './anchor';
import { describeRange, type HighlightSelectors, type TextPositionSelector, type TextQuoteSelector } from './selectors';
import { spanAt, type TalkText } from './talkText';

export class TextPositionAnchor {
  constructor(
    readonly root: TalkText,
    readonly start: number,
    readonly end: number,
  ) {}

  /** The stored position, or null when it no longer lies inside the talk. */
  static fromSelector(root: TalkText, selector: TextPositionSelector): TextPositionAnchor | null {
    const { start, end } = selector;
    if (start < 0 || end <= start || end > root.text.length) return null;
    return new TextPositionAnchor(root, start, end);
  }

  toSelector(): TextPositionSelector {
    const span = spanAt(this.root, this.start);
    return {
      blockId: span?.blockId ?? '',
      blockOffset: Math.max(0, this.start - (span?.start ?? 0)),
      start: this.start,
      end: this.end,
    };
  }

  quote(): string {
    return this.root.text.slice(this.start, this.end);
  }

  /** Both selectors a new highlight stores for this passage, or null for an empty one. */
  selectors(): HighlightSelectors | null {
    return describeRange(this.root, this.start, this.end);
  }
}

export class TextQuoteAnchor {
  constructor(
    readonly root: TalkText,
    readonly exact: string,
    readonly context: { prefix: string; suffix: string } = { prefix: '', suffix: '' },
  ) {}

  static fromPosition(position: TextPositionAnchor): TextQuoteAnchor {
    const quote = position.selectors()?.quote;
    return new TextQuoteAnchor(
      position.root,
      position.quote(),
      quote && { prefix: quote.prefix, suffix: quote.suffix },
    );
  }

  static fromSelector(root: TalkText, selector: TextQuoteSelector): TextQuoteAnchor {
    return new TextQuoteAnchor(root, selector.exact, { prefix: selector.prefix, suffix: selector.suffix });
  }

  toSelector(): TextQuoteSelector {
    return { exact: this.exact, ...this.context };
  }

  /**
   * Where the quote is now. The stored position is taken when the quote is still there (with its
   * context, for a short quote); otherwise the best exact, then fuzzy, match, nearest `near` (the
   * stored position's start) among equals; an orphan when none or two fit.
   */
  locate(position: TextPositionAnchor | null, near = position?.start ?? 0): AnchorResult {
    const quote = this.toSelector();
    if (position && quoteIsAt(this.root, quote, position.start, position.end))
      return { status: 'anchored', method: 'position', start: position.start, end: position.end, score: 1 };
    return locateQuote(this.root, quote, near);
  }

  toPositionAnchor(position: TextPositionAnchor | null = null): TextPositionAnchor | null {
    const found = this.locate(position);
    return found.status === 'anchored' ? new TextPositionAnchor(this.root, found.start, found.end) : null;
  }
}

/** Anchors a highlight in a talk's current text; `null` text means the talk is gone. */
export function anchorHighlight(talkText: TalkText | null, selectors: HighlightSelectors): AnchorResult {
  if (!talkText) return { status: 'orphan', reason: 'talk-missing' };
  const position = TextPositionAnchor.fromSelector(talkText, selectors.position);
  const quote = TextQuoteAnchor.fromSelector(talkText, selectors.quote);
  return quote.locate(position, selectors.position.start);
}

// The two anchors a highlight is found by, shaped like the Hypothesis client's: a position anchor
// (offsets in the talk's text) and a quote anchor (the passage with its context). Each converts
// from a DOM range or a stored selector, and back to a range or a selector. Finding a stored
// highlight again, in order (position checked against the quote, then a fuzzy quote match, then
// orphaned), is text-only and lives in src/shared/anchoring/anchor.ts, so main can run it too.

import { matchQuote } from '../../../shared/anchoring/anchor';
import {
  describeRange,
  type HighlightSelectors,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../../../shared/anchoring/selectors';
import { spanAt, type TalkText } from '../../../shared/anchoring/talkText';
import { offsetsForRange, rangesForOffsets } from './domText';

/** A talk as anchors see it: its text, and the element it is rendered in (absent where there is no page). */
export interface AnchorRoot {
  text: TalkText;
  element?: HTMLElement | null;
}

function renderedIn(root: AnchorRoot): HTMLElement {
  if (!root.element) throw new Error('This talk is not on the page, so it has no ranges.');
  return root.element;
}

export class TextPositionAnchor {
  constructor(
    readonly root: AnchorRoot,
    readonly start: number,
    readonly end: number,
  ) {}

  /** The passage a DOM range selects, or null when it holds no talk text. */
  static fromRange(root: AnchorRoot, range: Range): TextPositionAnchor | null {
    const offsets = offsetsForRange(renderedIn(root), root.text, range);
    return offsets && new TextPositionAnchor(root, offsets.start, offsets.end);
  }

  /** The stored position, or null when it no longer lies inside the talk. */
  static fromSelector(root: AnchorRoot, selector: TextPositionSelector): TextPositionAnchor | null {
    const { start, end } = selector;
    if (start < 0 || end <= start || end > root.text.text.length) return null;
    return new TextPositionAnchor(root, start, end);
  }

  toSelector(): TextPositionSelector {
    const span = spanAt(this.root.text, this.start);
    return {
      blockId: span?.blockId ?? '',
      blockOffset: Math.max(0, this.start - (span?.start ?? 0)),
      start: this.start,
      end: this.end,
    };
  }

  /** One range per block the passage touches, so painting skips timestamps and other chrome. */
  toRanges(): Range[] {
    return rangesForOffsets(renderedIn(this.root), this.root.text, this.start, this.end);
  }

  /** The whole passage as one range, from its first character to its last. */
  toRange(): Range {
    const ranges = this.toRanges();
    const first = ranges[0];
    const last = ranges.at(-1);
    if (!first || !last) throw new Error('The passage is not on the page.');
    const range = document.createRange();
    range.setStart(first.startContainer, first.startOffset);
    range.setEnd(last.endContainer, last.endOffset);
    return range;
  }

  quote(): string {
    return this.root.text.text.slice(this.start, this.end);
  }
}

export class TextQuoteAnchor {
  constructor(
    readonly root: AnchorRoot,
    readonly exact: string,
    readonly context: { prefix: string; suffix: string } = { prefix: '', suffix: '' },
  ) {}

  static fromRange(root: AnchorRoot, range: Range): TextQuoteAnchor | null {
    const position = TextPositionAnchor.fromRange(root, range);
    return position && TextQuoteAnchor.fromPosition(position);
  }

  static fromPosition(position: TextPositionAnchor): TextQuoteAnchor {
    const quote = describe(position)?.quote;
    return new TextQuoteAnchor(
      position.root,
      position.quote(),
      quote && { prefix: quote.prefix, suffix: quote.suffix },
    );
  }

  static fromSelector(root: AnchorRoot, selector: TextQuoteSelector): TextQuoteAnchor {
    return new TextQuoteAnchor(root, selector.exact, { prefix: selector.prefix, suffix: selector.suffix });
  }

  toSelector(): TextQuoteSelector {
    return { exact: this.exact, ...this.context };
  }

  /** Where the quote is now: the best match, preferring one near `hint`; null when none or two fit. */
  toPositionAnchor(hint = 0): TextPositionAnchor | null {
    const found = matchQuote(this.root.text, this.toSelector(), hint);
    return found.status === 'anchored' ? new TextPositionAnchor(this.root, found.start, found.end) : null;
  }

  toRange(hint = 0): Range | null {
    return this.toPositionAnchor(hint)?.toRange() ?? null;
  }
}

/** Both selectors a new highlight stores for a passage, or null for an empty one. */
export function describe(position: TextPositionAnchor): HighlightSelectors | null {
  return describeRange(position.root.text, position.start, position.end);
}

// What a highlight stores to find its passage again: the quote with its context, and its position.

import { spanAt, type TalkText } from './talkText';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  /** The block the passage starts in, and the offset of the start within that block. */
  blockId: string;
  blockOffset: number;
  /** Offsets within the whole talk's text. */
  start: number;
  end: number;
}

export interface HighlightSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export function describeRange(talkText: TalkText, start: number, end: number): HighlightSelectors | null {
  const from = Math.max(0, Math.min(start, end));
  const to = Math.min(talkText.text.length, Math.max(start, end));
  if (to <= from) return null;
  const span = spanAt(talkText, from);
  if (!span) return null;
  return {
    quote: {
      exact: talkText.text.slice(from, to),
      prefix: talkText.text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
      suffix: talkText.text.slice(to, to + CONTEXT_LENGTH),
    },
    position: { blockId: span.blockId, blockOffset: Math.max(0, from - span.start), start: from, end: to },
  };
}

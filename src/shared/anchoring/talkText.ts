// The text of a talk as anchoring sees it: every block's text, in order, separated by blank lines.

import type { Block } from '../model';

export const BLOCK_SEPARATOR = '\n\n';

export interface BlockSpan {
  blockId: string;
  start: number;
  end: number;
}

export interface TalkText {
  text: string;
  spans: BlockSpan[];
}

export function buildTalkText(blocks: Pick<Block, 'id' | 'text'>[]): TalkText {
  const spans: BlockSpan[] = [];
  let text = '';
  for (const block of blocks) {
    if (text.length > 0) text += BLOCK_SEPARATOR;
    spans.push({ blockId: block.id, start: text.length, end: text.length + block.text.length });
    text += block.text;
  }
  return { text, spans };
}

/** The block holding a talk offset; an offset in a separator belongs to the block after it. */
export function spanAt(talkText: TalkText, offset: number): BlockSpan | null {
  for (const span of talkText.spans) if (offset <= span.end) return span;
  return null;
}

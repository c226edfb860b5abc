// Reads plain text (as a web page's text is copied out) into blocks: paragraphs, subheadings,
// captions, lists, code and attributed quotes, judged from each paragraph's content alone.

import type { DraftBlock } from './draft';
import { collapseSpaces } from './inline';
import {
  attributionLine,
  inlineAttribution,
  isShortTitleLine,
  isWhollyQuoted,
  looksLikeCaption,
  looksLikeCode,
  quoteWithAttribution,
} from './prose';

export interface LineGroup {
  lines: string[];
}

const BULLET = /^\s*([•●▪◦*\-–]|\d+[.)])\s+(.*)$/;

/** Splits text into groups of lines separated by blank lines. */
export function groupLines(text: string): LineGroup[] {
  const groups: LineGroup[] = [];
  let current: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      if (current.length > 0) groups.push({ lines: current });
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) groups.push({ lines: current });
  return groups;
}

function isParenthetical(line: string): boolean {
  return /^\(.*\)$/.test(line.trim());
}

function isCommentOnly(lines: string[]): boolean {
  return lines.every((line) => /^\s*#/.test(line));
}

function classifyGroup(group: LineGroup, next: LineGroup | undefined): DraftBlock {
  const { lines } = group;
  const joined = collapseSpaces(lines.map((line) => line.trim()).join(' '));
  if (lines.every((line) => BULLET.test(line))) {
    const items = lines.map((line) => collapseSpaces(BULLET.exec(line)?.[2] ?? line));
    return { type: 'list', ordered: /^\s*\d/.test(lines[0]), items, text: items.join('\n') };
  }
  if (looksLikeCode(lines) || (isCommentOnly(lines) && next !== undefined && looksLikeCode(next.lines))) {
    return { type: 'code', text: lines.join('\n') };
  }
  if (lines.length === 2 && isParenthetical(lines[1]) && isShortTitleLine(lines[0])) {
    return { type: 'caption', text: joined };
  }
  const attributed = inlineAttribution(joined);
  if (attributed) return { type: 'quote', text: attributed.quote, attribution: attributed.attribution };
  if (lines.length === 1 && isShortTitleLine(joined) && !isWhollyQuoted(joined)) {
    if (looksLikeCaption(joined) || (next !== undefined && isParenthetical(next.lines[0])))
      return { type: 'caption', text: joined };
    return { type: 'heading', level: 2, text: joined };
  }
  return { type: 'paragraph', text: joined };
}

/** Turns line groups into blocks, merging split code samples and attaching "-- Name" lines. */
export function plainGroupsToBlocks(groups: LineGroup[]): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  groups.forEach((group, index) => {
    const block = classifyGroup(group, groups[index + 1]);
    const previous = blocks.at(-1);
    const attribution = block.type === 'paragraph' ? attributionLine(block.text) : null;
    if (attribution && previous) {
      const quote = quoteWithAttribution(previous, attribution);
      if (quote) {
        blocks[blocks.length - 1] = quote;
        return;
      }
    }
    if (block.type === 'code' && previous?.type === 'code') {
      blocks[blocks.length - 1] = { type: 'code', text: `${previous.text}\n\n${block.text}` };
      return;
    }
    if (block.type === 'paragraph' && isWhollyQuoted(block.text) && block.text.length < 600) {
      blocks.push({ type: 'quote', text: block.text });
      return;
    }
    blocks.push(block);
  });
  return blocks;
}

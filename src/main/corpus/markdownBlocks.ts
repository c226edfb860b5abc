// Block-level Markdown reader: turns a Markdown body into headings and draft blocks.
//
// It reads the Markdown that blogs and static-site generators export: ATX headings, paragraphs,
// quotes, lists, fenced and indented code, and the HTML image tables that blog exports keep.

import type { DraftBlock } from './draft';
import { collapseSpaces, htmlToText, markdownInlineToText } from './inline';
import { attributionLine, inlineAttribution, looksLikeCode, quoteWithAttribution } from './prose';

export type MarkdownNode = { kind: 'heading'; level: number; text: string } | { kind: 'block'; block: DraftBlock };

const LIST_ITEM = /^(\s*)([-*+•]|\d+[.)])\s+(.*)$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const HTML_BLOCK =
  /^\s{0,3}<(?:table|div|p|figure|img|iframe|blockquote|section|center|span|a|br|hr|h[1-6]|ul|ol|pre)\b/i;
const RULE = /^\s{0,3}(?:[-*_]\s*){3,}$/;

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
}

/** The caption of an HTML image table: the text of its cells, since the images are not bundled. */
function htmlBlockToBlock(html: string): DraftBlock | null {
  const isFigure = /<(?:table|figure|img)\b/i.test(html);
  if (isFigure) {
    const cells = [...html.matchAll(/<(?:td|figcaption)\b[^>]*>([\s\S]*?)<\/(?:td|figcaption)>/gi)]
      .map((cell) => htmlToText(cell[1]))
      .filter((text) => text !== '');
    const alts = [...html.matchAll(/<img\b[^>]*\balt="([^"]+)"/gi)].map((match) => collapseSpaces(match[1]));
    const caption = (cells.length > 0 ? cells : alts).join(' ');
    return caption ? { type: 'caption', text: caption } : null;
  }
  const text = htmlToText(html);
  return text ? { type: 'paragraph', text } : null;
}

function paragraphBlock(lines: string[]): DraftBlock | null {
  if (looksLikeCode(lines)) {
    return { type: 'code', text: lines.map((line) => unescapeMarkdown(line.replace(/\s+$/, ''))).join('\n') };
  }
  const text = markdownInlineToText(lines.join(' '));
  if (!text) return null;
  const attributed = inlineAttribution(text);
  if (attributed) return { type: 'quote', text: attributed.quote, attribution: attributed.attribution };
  return { type: 'paragraph', text };
}

function quoteBlock(lines: string[]): DraftBlock | null {
  const content = lines.map((line) => line.replace(/^\s{0,3}>\s?/, ''));
  const texts = content.map((line) => markdownInlineToText(line)).filter((line) => line !== '');
  if (texts.length === 0) return null;
  const last = attributionLine(texts[texts.length - 1]);
  if (last && texts.length > 1) return { type: 'quote', text: texts.slice(0, -1).join('\n'), attribution: last };
  return { type: 'quote', text: texts.join('\n') };
}

function listBlock(items: { ordered: boolean; text: string }[]): DraftBlock {
  const texts = items.map((item) => markdownInlineToText(item.text)).filter((text) => text !== '');
  return { type: 'list', ordered: items[0]?.ordered ?? false, items: texts, text: texts.join('\n') };
}

/** Attaches "-- Name" lines to the quote or paragraph before them. */
function attachAttribution(nodes: MarkdownNode[], block: DraftBlock): boolean {
  const attribution = block.type === 'paragraph' ? attributionLine(block.text) : null;
  const previous = nodes.at(-1);
  if (!attribution || previous?.kind !== 'block') return false;
  const quote = quoteWithAttribution(previous.block, attribution);
  if (quote) previous.block = quote;
  return quote !== null;
}

export function parseMarkdownBlocks(body: string): MarkdownNode[] {
  const lines = body.split('\n');
  const nodes: MarkdownNode[] = [];
  const push = (block: DraftBlock | null): void => {
    if (!block || attachAttribution(nodes, block)) return;
    nodes.push({ kind: 'block', block });
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line) || RULE.test(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(fence[1])) code.push(lines[i++]);
      i++;
      push({ type: 'code', text: code.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const text = markdownInlineToText(heading[2]);
      if (text) nodes.push({ kind: 'heading', level: heading[1].length, text });
      i++;
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && /^\s{0,3}>/.test(lines[i])) quoted.push(lines[i++]);
      push(quoteBlock(quoted));
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const items: { ordered: boolean; text: string }[] = [];
      while (i < lines.length) {
        const item = LIST_ITEM.exec(lines[i]);
        if (item) {
          items.push({ ordered: /\d/.test(item[2]), text: item[3] });
          i++;
        } else if (!isBlank(lines[i]) && /^\s+\S/.test(lines[i]) && items.length > 0) {
          items[items.length - 1].text += ` ${lines[i++].trim()}`;
        } else if (isBlank(lines[i]) && i + 1 < lines.length && LIST_ITEM.test(lines[i + 1])) {
          i++;
        } else break;
      }
      push(listBlock(items));
      continue;
    }
    if (HTML_BLOCK.test(line)) {
      const html: string[] = [];
      while (i < lines.length && !isBlank(lines[i])) html.push(lines[i++]);
      push(htmlBlockToBlock(html.join('\n')));
      continue;
    }
    if (/^(?: {4}|\t)/.test(line)) {
      const code: string[] = [];
      while (i < lines.length && (/^(?: {4}|\t)/.test(lines[i]) || isBlank(lines[i]))) code.push(lines[i++]);
      while (code.length > 0 && isBlank(code[code.length - 1])) code.pop();
      push({ type: 'code', text: code.map((codeLine) => codeLine.replace(/^(?: {4}|\t)/, '')).join('\n') });
      continue;
    }
    const paragraph: string[] = [];
    while (
      i < lines.length &&
      !isBlank(lines[i]) &&
      !HEADING.test(lines[i]) &&
      !FENCE.test(lines[i]) &&
      !/^\s{0,3}>/.test(lines[i]) &&
      !(paragraph.length > 0 && HTML_BLOCK.test(lines[i]))
    ) {
      paragraph.push(lines[i++]);
    }
    push(paragraphBlock(paragraph));
  }
  return nodes;
}

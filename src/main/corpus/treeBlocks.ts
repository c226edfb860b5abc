// Turns the document tree (mdast) into headings and draft blocks: paragraphs, quotes, lists,
// code, tables and the captions of the HTML photo tables that blog exports keep. Raw HTML blocks
// are parsed with parse5, so a caption is read from the table's cells, never from a tag pattern.
//
// The tree is walked with an explicit stack, so a deeply nested document cannot exhaust the stack.

import type { Blockquote, List, ListItem, Nodes, Root, RootContent } from 'mdast';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import type { DraftBlock } from './draft';
import { inlineText, phrasingText, sourceOf } from './documentTree';
import { collapseSpaces } from './inline';
import { attributionLine, inlineAttribution, looksLikeCode, quoteWithAttribution } from './prose';

export type MarkdownNode = { kind: 'heading'; level: number; text: string } | { kind: 'block'; block: DraftBlock };

type HtmlNode = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;

const HTML_SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

function htmlChildren(node: HtmlNode): HtmlNode[] {
  return 'childNodes' in node && !HTML_SKIPPED.has(node.nodeName) ? node.childNodes : [];
}

/** Every node under an HTML node, in document order, without recursion. */
function htmlNodes(root: HtmlNode): HtmlNode[] {
  const found: HtmlNode[] = [];
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    found.push(node);
    const children = htmlChildren(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return found;
}

function htmlText(root: HtmlNode): string {
  return collapseSpaces(
    htmlNodes(root)
      .map((node) => ('value' in node && node.nodeName === '#text' ? node.value : node.nodeName === 'br' ? ' ' : ''))
      .join(''),
  );
}

/** A fragment's text, the text of each table cell and caption, and its images' descriptions. */
function readHtml(html: string): { cells: string[]; alts: string[]; text: string; figure: boolean } {
  const fragment = parseFragment(html);
  const cells: string[] = [];
  const alts: string[] = [];
  let figure = false;
  for (const node of htmlNodes(fragment)) {
    if (!('tagName' in node)) continue;
    if (node.tagName === 'table' || node.tagName === 'figure' || node.tagName === 'img') figure = true;
    const alt = node.tagName === 'img' ? node.attrs.find((attr) => attr.name === 'alt')?.value : undefined;
    if (alt) alts.push(collapseSpaces(alt));
    if (node.tagName === 'td' || node.tagName === 'figcaption') cells.push(htmlText(node));
  }
  return { cells: cells.filter((text) => text !== ''), alts, text: htmlText(fragment), figure };
}

/** A raw HTML block: a photo table or figure gives its caption (the images are not bundled), other HTML its text. */
export function htmlBlockToBlock(html: string): DraftBlock | null {
  const read = readHtml(html);
  if (read.figure) {
    const caption = (read.cells.length > 0 ? read.cells : read.alts).join(' ');
    return caption ? { type: 'caption', text: caption } : null;
  }
  return read.text ? { type: 'paragraph', text: read.text } : null;
}

function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
}

function paragraphBlock(node: Nodes, source: string): DraftBlock | null {
  const written = sourceOf(node, source).split('\n');
  // A paragraph that reads as code keeps its lines as written (a traceback's "<module>" is not a tag).
  if (looksLikeCode(written)) {
    return { type: 'code', text: written.map((line) => unescapeMarkdown(line.replace(/\s+$/, ''))).join('\n') };
  }
  const text = inlineText('children' in node ? (node.children as Nodes[]) : []);
  if (!text) return null;
  const attributed = inlineAttribution(text);
  if (attributed) return { type: 'quote', text: attributed.quote, attribution: attributed.attribution };
  return { type: 'paragraph', text };
}

/** A block quote's lines; a last line "-- Name" is its attribution. */
function quoteBlock(node: Blockquote): DraftBlock | null {
  const lines = node.children
    .flatMap((child) => phrasingText([child]).split('\n'))
    .map(collapseSpaces)
    .filter((line) => line !== '');
  if (lines.length === 0) return null;
  const last = attributionLine(lines[lines.length - 1]);
  if (last && lines.length > 1) return { type: 'quote', text: lines.slice(0, -1).join('\n'), attribution: last };
  return { type: 'quote', text: lines.join('\n') };
}

/** A list as one block; nested lists' items follow their parent item, as the list reads. */
function listBlock(list: List): DraftBlock {
  const texts: string[] = [];
  const stack: ListItem[] = [...list.children].reverse();
  while (stack.length > 0) {
    const item = stack.pop() as ListItem;
    const own = inlineText(item.children.filter((child) => child.type !== 'list'));
    if (own) texts.push(own);
    const nested = item.children.filter((child): child is List => child.type === 'list');
    for (let i = nested.length - 1; i >= 0; i--) for (const sub of [...nested[i].children].reverse()) stack.push(sub);
  }
  return { type: 'list', ordered: list.ordered ?? false, items: texts, text: texts.join('\n') };
}

/** Attaches "-- Name" paragraphs to the quote or paragraph before them. */
function attachAttribution(nodes: MarkdownNode[], block: DraftBlock): boolean {
  const attribution = block.type === 'paragraph' ? attributionLine(block.text) : null;
  const previous = nodes.at(-1);
  if (!attribution || previous?.kind !== 'block') return false;
  const quote = quoteWithAttribution(previous.block, attribution);
  if (quote) previous.block = quote;
  return quote !== null;
}

function blockOf(node: RootContent, source: string): DraftBlock | null {
  switch (node.type) {
    case 'paragraph':
      return paragraphBlock(node, source);
    case 'blockquote':
      return quoteBlock(node);
    case 'list':
      return listBlock(node);
    case 'code':
      return { type: 'code', text: node.value };
    case 'html':
      return htmlBlockToBlock(node.value);
    case 'table': {
      const rows = node.children.map((row) => row.children.map((cell) => inlineText(cell.children)).join(' | '));
      const text = rows.filter((row) => row.replace(/[\s|]/g, '') !== '').join('\n');
      return text ? { type: 'paragraph', text } : null;
    }
    case 'footnoteDefinition': {
      const text = inlineText(node.children);
      return text ? { type: 'paragraph', text } : null;
    }
    default:
      return null;
  }
}

/** The document's headings and blocks in order; the frontmatter, rules and link definitions are not text. */
export function treeBlocks(tree: Root, source: string): MarkdownNode[] {
  const nodes: MarkdownNode[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = inlineText(node.children);
      if (text) nodes.push({ kind: 'heading', level: node.depth, text });
      continue;
    }
    const block = blockOf(node, source);
    if (block && !attachAttribution(nodes, block)) nodes.push({ kind: 'block', block });
  }
  return nodes;
}

// The one document tree the readers share: Markdown is parsed into mdast (micromark with GFM's
// tables and strikethrough and the frontmatter extension), and reStructuredText reaches the same tree by way of the Markdown
// rstDocument.ts writes for it. The stages after this one read only the tree, never the text's
// typography, to decide what a document holds and who presented.

import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { decodeEntities } from './inline';

export type { Root } from 'mdast';

// A GFM table needs a delimiter row ("| --- | :-: |"); strikethrough needs "~~" (a single tilde is
// not read as strikethrough); frontmatter must open the text.
const TABLE_DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/m;

/**
 * A Markdown text as a tree; the YAML frontmatter, when there is one, is its first node. Of GFM,
 * tables and strikethrough are read; bare addresses (autolink literals) stay text, as the reader
 * shows them anyway. Each extension is given to the parser only when the text holds the syntax it
 * reads: the tree is the same, and a write-up without tables parses in two thirds of the time.
 */
export function markdownTree(text: string): Root {
  const extensions = [];
  const mdastExtensions = [];
  if (/^---[ \t]*(?:\n|$)/.test(text)) {
    extensions.push(frontmatter(['yaml']));
    mdastExtensions.push(frontmatterFromMarkdown(['yaml']));
  }
  if (TABLE_DELIMITER_ROW.test(text) && text.includes('|')) {
    extensions.push(gfmTable());
    mdastExtensions.push(gfmTableFromMarkdown());
  }
  if (text.includes('~~')) {
    extensions.push(gfmStrikethrough({ singleTilde: false }));
    mdastExtensions.push(gfmStrikethroughFromMarkdown());
  }
  return fromMarkdown(text, { extensions, mdastExtensions });
}

/**
 * The readable text of inline content: link labels, emphasis and code kept as their words, image
 * descriptions kept, raw HTML tags dropped. Line breaks stay as "\n" so callers that read lines can.
 */
export function phrasingText(nodes: readonly Nodes[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'image':
        out += node.alt ?? '';
        break;
      case 'html':
        out += decodeEntities(node.value.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ''));
        break;
      case 'footnoteReference':
      case 'imageReference':
      case 'definition':
        break;
      default:
        if ('children' in node) out += phrasingText(node.children as Nodes[]);
    }
  }
  return out;
}

/** The text of inline content on one line, spaces collapsed, as blocks store it. */
export function inlineText(nodes: readonly Nodes[]): string {
  return phrasingText(nodes)
    .replace(/[ \t\u00a0\n]+/g, ' ')
    .trim();
}

/** The source text a node was parsed from (for code-looking paragraphs, kept as written). */
export function sourceOf(node: Nodes, text: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : text.slice(start, end);
}

/** Inline content with emphasis and strong flattened away, so a link wrapped in emphasis is a link. */
export function flattenEmphasis(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node) =>
    node.type === 'emphasis' || node.type === 'strong' ? flattenEmphasis(node.children) : [node],
  );
}

/** Every node of a kind under a parent, in document order, without recursion (deep trees are allowed). */
export function nodesOfType<T extends Nodes['type']>(root: Parents, type: T): Extract<Nodes, { type: T }>[] {
  const found: Extract<Nodes, { type: T }>[] = [];
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === type) found.push(node as Extract<Nodes, { type: T }>);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return found;
}

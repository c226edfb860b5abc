// Reads an HTML page (a saved blog post, say) by turning its article structure into Markdown,
// which the Markdown reader then splits into talks like any other write-up.
//
// The page is parsed with a standards-following HTML parser (parse5), which takes time in
// proportion to the page's size whatever it holds (unclosed tags, deep nesting), and its tree is
// walked without recursion, so no page can exhaust the stack.

import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { collapseSpaces } from './inline';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

function childrenOf(node: Node): Node[] {
  if (node.nodeName === 'template') return [];
  return 'childNodes' in node ? node.childNodes : [];
}

function tagOf(node: Node): string | null {
  return 'tagName' in node ? node.tagName : null;
}

/** True when the text is an HTML page rather than Markdown that happens to contain some tags. */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 2000).trimStart().toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return true;
  const tags = (text.match(/<\/?(?:p|div|h[1-6]|article|section|span|a|li|ul|br)\b/gi) ?? []).length;
  return tags > 20 && tags > text.split('\n').length;
}

/** Parts of a page that are never the article's text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'iframe',
  'object',
  'embed',
  'head',
]);
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'blockquote', 'pre', 'li', 'figcaption', 'td', 'th']);

/** The text of a subtree, without recursion; `pre` keeps its line breaks. */
function textOf(node: Node, keepLines: boolean, trimmed = true): string {
  const parts: string[] = [];
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Node;
    if (current.nodeName === '#text' && 'value' in current) {
      parts.push(current.value);
      continue;
    }
    const tag = tagOf(current);
    if (tag && SKIPPED.has(tag)) continue;
    if (tag === 'br') parts.push(keepLines ? '\n' : ' ');
    const children = childrenOf(current);
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
  }
  const text = parts.join('');
  if (!trimmed) return text;
  return keepLines ? text.replace(/\n+$/, '') : collapseSpaces(text.replace(/\s+/g, ' '));
}

function findFirst(root: Node, names: string[]): Element | null {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const current = stack.pop() as Node;
    const tag = tagOf(current);
    if (tag && names.includes(tag)) return current as Element;
    const children = childrenOf(current);
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
  }
  return null;
}

/** Elements that flow inside a paragraph; text in a container among them makes a paragraph of its own. */
const INLINE = new Set([
  'a',
  'b',
  'i',
  'em',
  'strong',
  'span',
  'code',
  'small',
  'sub',
  'sup',
  'mark',
  'abbr',
  'cite',
  'q',
  'u',
  's',
  'time',
  'br',
  'img',
]);

type Task = { node: Node } | { paragraph: Node[] };

/** The article's blocks in document order, each as one line of Markdown. */
function blocksOf(container: Node): string[] {
  const blocks: string[] = [];
  const stack: Task[] = [{ node: container }];
  while (stack.length > 0) {
    const task = stack.pop() as Task;
    if ('paragraph' in task) {
      const text = collapseSpaces(
        task.paragraph
          .map((part) => textOf(part, false, false))
          .join('')
          .replace(/\s+/g, ' '),
      );
      if (text) blocks.push(markdownLine('p', text));
      continue;
    }
    const current = task.node;
    const tag = tagOf(current);
    if (tag) {
      if (SKIPPED.has(tag)) continue;
      if (BLOCKS.has(tag)) {
        if (tag === 'pre') {
          const code = textOf(current, true);
          if (code.trim()) blocks.push(['```', code, '```'].join('\n'));
          continue;
        }
        // A block that holds other blocks (a list item with paragraphs) is read through its children.
        const nested = childrenOf(current).some((child) => BLOCKS.has(tagOf(child) ?? ''));
        if (!nested) {
          const text = textOf(current, false);
          if (text) blocks.push(markdownLine(tag, text));
          continue;
        }
      }
    }
    // Runs of text and inline elements between blocks are paragraphs of their own.
    const tasks: Task[] = [];
    let run: Node[] = [];
    for (const child of childrenOf(current)) {
      const childTag = tagOf(child);
      if (child.nodeName === '#text' || (childTag !== null && INLINE.has(childTag))) run.push(child);
      else {
        if (run.length > 0) tasks.push({ paragraph: run });
        run = [];
        tasks.push({ node: child });
      }
    }
    if (run.length > 0) tasks.push({ paragraph: run });
    for (let index = tasks.length - 1; index >= 0; index--) stack.push(tasks[index]);
  }
  return blocks;
}

/** One block as Markdown, with characters that would start Markdown syntax escaped. */
function markdownLine(tag: string, text: string): string {
  const escaped = text.replace(/^([#>*+-]|\d+[.)])/, '\\$1');
  if (/^h[1-6]$/.test(tag)) return `${'#'.repeat(Number(tag[1]))} ${text}`;
  if (tag === 'blockquote') return `> ${escaped}`;
  if (tag === 'li') return `- ${text}`;
  return escaped;
}

export function htmlToMarkdown(html: string): string {
  const tree = parse(html);
  const titleElement = findFirst(tree, ['title']);
  const title = titleElement ? textOf(titleElement, false) : '';
  const container = findFirst(tree, ['article', 'main']) ?? findFirst(tree, ['body']) ?? tree;
  const blocks = blocksOf(container);
  const hasH1 = blocks.some((block) => block.startsWith('# '));
  if (title && !hasH1) blocks.unshift(`# ${title}`);
  return blocks.join('\n\n');
}

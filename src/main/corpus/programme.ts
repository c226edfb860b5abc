// Finds a summit's programme in an overview post, from the document tree's structure: a run of
// entries (list items, paragraphs or headings), each a talk's title (usually a link to its
// write-up, inline or by reference, possibly emphasised) followed by the names of its presenters,
// after "talk by", "A talk by", "talks by", ":", "—" or "with", or in the paragraph right after a
// link that stands alone. The same holds for Markdown and reStructuredText, which share the tree.

import type { Nodes, PhrasingContent, Root } from 'mdast';
import { flattenEmphasis, inlineText, nodesOfType, phrasingText } from './documentTree';
import { markdownInlineToText } from './inline';
import { isPlausibleName, normalizePersonName } from './people';

export interface ProgrammeEntry {
  title: string;
  link: string;
  presenters: string[];
}

/** Names in "A, B, and C" or "A & B"; null unless every part is a plausible full name. */
export function nameList(text: string): string[] | null {
  const cleaned = markdownInlineToText(text)
    .replace(/\s+/g, ' ')
    .replace(/[.;:]$/, '')
    .trim();
  if (!cleaned) return null;
  const parts = cleaned
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0 || !parts.every((part) => isPlausibleName(part))) return null;
  return parts.map(normalizePersonName);
}

/** Titles from blog exports carry stray emphasis marks around dashes and at the ends. */
function cleanTitle(label: string): string {
  return label
    .replace(/\s+/g, ' ')
    .replace(/[*_]+(?=\s|[—–-]|$)|(?<=^|\s|[—–-])[*_]+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s:,;—–-]+$/, '')
    .trim();
}

/**
 * The names at the start of a text that runs on into a sentence ("… and Tobias Kohn We hope you …"):
 * the longest run of its first `maxWords` words that reads as a list of names.
 */
export function leadingNameList(text: string, maxWords = 40): string[] | null {
  const whole = nameList(text);
  if (whole) return whole;
  const words = text.trim().split(/\s+/);
  for (let end = Math.min(words.length - 1, maxWords); end >= 2; end--) {
    const names = nameList(
      words
        .slice(0, end)
        .join(' ')
        .replace(/[,.;:]+$/, ''),
    );
    if (names) return names;
  }
  return null;
}

// What may stand between a talk's title and its presenters: punctuation, then "(a) talk(s) by",
// "presented by", "with" or "by". A bare name list after a link needs none of it.
const CONNECTOR = String.raw`^\s*(?:[:—–|(]|\s-\s)?\s*(?:(?:an?\s+)?(?:lightning\s+)?(?:talks?|presentation|session|panel)\s+(?:(?:given|presented|led)\s+)?by\s+|(?:presented|given|led)\s+by\s+|with\s+|by\s+)?`;
const AFTER_LINK = new RegExp(CONNECTOR, 'i');
// Without a link, the connector must say what follows is who presented.
const TITLE_THEN_PRESENTERS =
  /^(.{3,200}?)\s*(?:[:—–]\s*|,\s*|\s+-\s+|\s+)(?:(?:an?\s+)?(?:lightning\s+)?(?:talks?|presentation|session)\s+(?:(?:given|presented|led)\s+)?by|presented\s+by|[—–:]\s*with)\s+(.+)$/i;

/** The presenters a text names first, after an optional connector; null when it names none. */
function presentersAfter(text: string): string[] | null {
  const rest = text
    .slice(0, 400)
    .replace(/\s+/g, ' ')
    .replace(AFTER_LINK, '')
    .replace(/^\(([^)]*)\).*$/, '$1');
  // A name starts with a capital letter; prose after a link ("… in the docs") is not read further.
  return /^\p{Lu}/u.test(rest) ? leadingNameList(rest.replace(/\)\s*$/, '')) : null;
}

/** The inline content of an entry: a paragraph or heading, with emphasis flattened away. */
function inlineOf(node: Nodes): PhrasingContent[] | null {
  if (node.type === 'paragraph' || node.type === 'heading') return flattenEmphasis(node.children);
  return null;
}

/** Link definitions (`[1]: https://…`), so reference-style links read as links. */
export type Definitions = Map<string, string>;

function definitionsOf(tree: Root): Definitions {
  const definitions: Definitions = new Map();
  for (const node of nodesOfType(tree, 'definition')) definitions.set(node.identifier, node.url);
  return definitions;
}

/** The address a link or resolved link reference points to; null for anything else. */
function addressOf(node: PhrasingContent, definitions: Definitions): string | null {
  const url =
    node.type === 'link' ? node.url : node.type === 'linkReference' ? definitions.get(node.identifier) : undefined;
  return url && /^https?:/i.test(url) ? url : null;
}

// The paragraph after a link that stands alone names its presenters: wholly, or after "A talk by".
const PRESENTERS_PARAGRAPH =
  /^(?:an?\s+)?(?:(?:lightning\s+)?talks?|presentation|session)\s+by\s|^(?:presented|given|led)\s+by\s|^with\s/i;

function presentersInParagraph(next: Nodes | undefined): string[] | null {
  if (next?.type !== 'paragraph') return null;
  const text = inlineText(next.children);
  if (text.length > 300) return null;
  return PRESENTERS_PARAGRAPH.test(text) ? presentersAfter(text) : nameList(text);
}

/** Entries in one paragraph or heading: each link and the text after it, up to the next link. */
function linkedEntries(
  children: PhrasingContent[],
  next: Nodes | undefined,
  definitions: Definitions,
): ProgrammeEntry[] {
  const entries: ProgrammeEntry[] = [];
  const links = children.flatMap((child, index) => (addressOf(child, definitions) ? [index] : []));
  links.forEach((at, n) => {
    const link = children[at];
    const url = addressOf(link, definitions);
    if (!url || !('children' in link)) return;
    const title = cleanTitle(phrasingText(link.children));
    if (title.length < 3) return;
    const tail = phrasingText(children.slice(at + 1, links[n + 1] ?? children.length));
    let presenters = presentersAfter(tail);
    // A link on its own, with the names in the paragraph after it.
    const alone = phrasingText(children.slice(0, at)).trim() === '' && tail.trim() === '';
    if (!presenters && alone && links.length === 1) presenters = presentersInParagraph(next);
    if (presenters) entries.push({ title, link: url, presenters });
  });
  return entries;
}

/** An entry without a link: "Title: talk by A and B", "Title — presented by A". */
function plainEntry(children: PhrasingContent[]): ProgrammeEntry | null {
  const raw = phrasingText(children);
  // An entry is a line of a programme, not a paragraph of prose.
  if (raw.length > 400 || !/\b(?:by|with)\s/i.test(raw)) return null;
  const text = inlineText(children);
  if (text.length > 250) return null;
  const match = TITLE_THEN_PRESENTERS.exec(text);
  if (!match) return null;
  const presenters = leadingNameList(match[2]);
  const title = cleanTitle(match[1]);
  return presenters && title.length >= 3 ? { title, link: '', presenters } : null;
}

/** Every paragraph and heading in reading order, each with the block after it. */
function entryContainers(tree: Root): { node: Nodes; next: Nodes | undefined }[] {
  const found: { node: Nodes; next: Nodes | undefined }[] = [];
  const stack: { node: Nodes; next: Nodes | undefined }[] = [{ node: tree, next: undefined }];
  while (stack.length > 0) {
    const { node, next } = stack.pop() as { node: Nodes; next: Nodes | undefined };
    if (node.type === 'paragraph' || node.type === 'heading') {
      found.push({ node, next });
      continue;
    }
    if (!('children' in node) || node.type === 'link') continue;
    const children = node.children as Nodes[];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], next: children[i + 1] });
  }
  return found;
}

export function findProgramme(tree: Root): ProgrammeEntry[] {
  const entries: ProgrammeEntry[] = [];
  const definitions = definitionsOf(tree);
  for (const { node, next } of entryContainers(tree)) {
    const children = inlineOf(node);
    if (!children) continue;
    const linked = linkedEntries(children, next, definitions);
    if (linked.length > 0) entries.push(...linked);
    else {
      const plain = plainEntry(children);
      if (plain) entries.push(plain);
    }
  }
  return entries;
}

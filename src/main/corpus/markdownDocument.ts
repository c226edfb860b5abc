// Reads a Markdown write-up (with or without YAML frontmatter) from its document tree: what the
// document is (one talk, several talks, a programme, or about no summit) and who presented.

import { parseDate, detectSummitYear } from './dates';
import type { DraftBlock, DraftDocument, DraftTalk } from './draft';
import { inlineText, markdownTree, type Root } from './documentTree';
import { markdownInlineToText } from './inline';
import { findCaptionPresenters, findPresenters, normalizePersonName } from './people';
import { findProgramme, nameList, type ProgrammeEntry } from './programme';
import { announcesSeveralTalks, singleTalkTitle } from './titles';
import { treeBlocks, type MarkdownNode } from './treeBlocks';

export interface Frontmatter {
  fields: Record<string, string>;
  body: string;
}

function unquoteYaml(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'"))
    return trimmed.slice(1, -1).replace(/''/g, "'");
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed
      .slice(1, -1)
      .replace(/\\(["\\])/g, '$1')
      .replace(/\\n/g, '\n');
  }
  return trimmed;
}

/**
 * Splits off YAML frontmatter. Only flat `key: value` pairs are read, which is all a write-up's
 * metadata needs. A block that never closes is read up to its first line that is not a pair.
 */
export function splitFrontmatter(text: string): Frontmatter {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return { fields: {}, body: text };
  const { fields, end } = readPairs(lines, 1);
  return { fields, body: lines.slice(end).join('\n') };
}

/** The flat `key: value` pairs of frontmatter lines from `start`, and the line after the block. */
function readPairs(lines: string[], start: number): { fields: Record<string, string>; end: number } {
  const fields: Record<string, string> = {};
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '---' || line.trim() === '...') {
      i++;
      break;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (pair) fields[pair[1]] = unquoteYaml(pair[2]);
    else if (!/^\s+\S|^\s*-\s|^\s*#|^\s*$/.test(line)) break;
  }
  return { fields, end: i };
}

/**
 * The document's tree and its frontmatter fields. Frontmatter is a node of the tree; a block that
 * never closes (which the tree does not take as frontmatter) is read up to its first line that is
 * not a pair, and the rest parsed alone.
 */
function readTree(text: string): { fields: Record<string, string>; tree: Root; source: string } {
  const tree = markdownTree(text);
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    tree.children.shift();
    return { fields: readPairs(first.value.split('\n'), 0).fields, tree, source: text };
  }
  if (!hasFrontmatter(text)) return { fields: {}, tree, source: text };
  const { fields, body } = splitFrontmatter(text);
  return { fields, tree: markdownTree(body), source: body };
}

/** True when the text opens with YAML frontmatter that holds at least one field. */
export function hasFrontmatter(text: string): boolean {
  return /^---\r?\n(?:.*\r?\n){0,40}?[A-Za-z_][\w-]*\s*:/.test(text);
}

const NAMES = String.raw`[^,:()—–]+?(?:\s*(?:,|&|\band\b)\s*[^,:()—–]+?)*`;
const HEADING_FORMS: { pattern: RegExp; title: number; names: number }[] = [
  // "Petr Viktorin: Unsupported build warning", "A and B: Title"
  { pattern: new RegExp(String.raw`^(${NAMES}):\s+(.+)$`), names: 1, title: 2 },
  // "Title, with Speaker", "Title by Speaker", "Title (Speaker)", "Title — Speaker"
  { pattern: new RegExp(String.raw`^(.+?),?\s+(?:with|by|from)\s+(${NAMES})$`), title: 1, names: 2 },
  { pattern: new RegExp(String.raw`^(.+?)\s*\((${NAMES})\)$`), title: 1, names: 2 },
  { pattern: new RegExp(String.raw`^(.+?)\s+[—–-]\s+(${NAMES})$`), title: 1, names: 2 },
];

/** "Petr Viktorin: Unsupported build warning" or "Title, with Speaker" give the speakers; other headings none. */
export function splitSpeakerHeading(heading: string): { speakers: string[]; title: string } | null {
  for (const form of HEADING_FORMS) {
    const match = form.pattern.exec(heading.trim());
    if (!match) continue;
    const names = nameList(match[form.names]);
    const title = match[form.title].trim();
    if (names && title) return { speakers: names, title };
  }
  return null;
}

function blockText(block: DraftBlock): string {
  return block.type === 'list' ? block.items.join(' ') : block.text;
}

function prose(blocks: DraftBlock[]): string[] {
  return blocks.filter((block) => block.type === 'paragraph' || block.type === 'list').map(blockText);
}

function headingBlock(node: MarkdownNode, offset: number): DraftBlock {
  return node.kind === 'heading'
    ? { type: 'heading', level: Math.max(2, node.level - offset), text: node.text }
    : node.block;
}

function chooseTalkLevel(nodes: MarkdownNode[], title: string): number | null {
  // A loop, not Math.min(...levels): a document of a million headings must not overflow the stack.
  let lowest: number | null = null;
  for (const node of nodes)
    if (node.kind === 'heading' && node.text !== title && (lowest === null || node.level < lowest)) lowest = node.level;
  return lowest;
}

interface Section {
  heading: string;
  nodes: MarkdownNode[];
}

/** Who presented, from the first paragraphs of a talk; nobody for a post that reports no summit. */
function presentersOf(blocks: DraftBlock[], aboutSummit: boolean, paragraphs = 8): string[] {
  if (!aboutSummit) return [];
  const text = prose(blocks);
  const found = findPresenters(text.slice(0, paragraphs), text.join('\n'));
  if (found.length > 0) return found;
  // The text names nobody plainly: the photos' captions may.
  return findCaptionPresenters(blocks.flatMap((block) => (block.type === 'caption' ? [block.text] : [])));
}

/** One talk: the opening and every section, whose headings become the talk's outline. */
function singleTalk(
  title: string,
  speakers: string[] | null,
  intro: DraftBlock[],
  sections: Section[],
  offset: number,
  aboutSummit: boolean,
): DraftTalk {
  const blocks: DraftBlock[] = [...intro];
  for (const section of sections) {
    blocks.push(
      { type: 'heading', level: 2, text: section.heading },
      ...section.nodes.map((node) => headingBlock(node, offset)),
    );
  }
  return { title, speakers: speakers ?? presentersOf(blocks, aboutSummit), blocks };
}

/**
 * Several talks, one per section that names a new presenter (in its heading or its opening). A
 * section that names nobody new ("Discussion", "Further reading") continues the talk before it.
 * In lightning-talk posts every section is a talk, except the sections after the last one that
 * names a presenter: a closing section ("Conclusion") names nobody and is the post's, not a talk.
 */
function severalTalks(
  title: string,
  intro: DraftBlock[],
  sections: Section[],
  offset: number,
  aboutSummit: boolean,
): DraftTalk[] {
  const everySectionIsATalk = /lightning/i.test(title);
  const read = sections.map((section) => {
    const blocks = section.nodes.map((node) => headingBlock(node, offset));
    const split = splitSpeakerHeading(section.heading);
    return { section, blocks, split, speakers: split ? split.speakers : presentersOf(blocks, aboutSummit, 3) };
  });
  let lastNaming = -1;
  read.forEach((entry, index) => {
    if (entry.speakers.length > 0) lastNaming = index;
  });
  const talks: DraftTalk[] = [];
  const presented = new Set<string>();
  read.forEach(({ section, blocks, split, speakers }, index) => {
    const isNew = split !== null || speakers.some((speaker) => !presented.has(speaker));
    const closing = lastNaming >= 0 && index > lastNaming;
    const previous = talks.at(-1);
    if (!isNew && (!everySectionIsATalk || closing) && previous) {
      previous.blocks.push({ type: 'heading', level: 2, text: section.heading }, ...blocks);
      return;
    }
    for (const speaker of speakers) presented.add(speaker);
    talks.push({ title: split ? split.title : section.heading, speakers, blocks });
  });
  if (talks.length === 0) return [singleTalk(title, null, intro, sections, offset, aboutSummit)];
  return talks;
}

/** An overview post's programme: each entry is a talk that names its presenters and links its write-up. */
function programmeTalks(entries: ProgrammeEntry[]): DraftTalk[] {
  return entries.map((entry) => ({
    title: entry.title,
    speakers: entry.presenters,
    blocks: [
      { type: 'paragraph', text: `Presented by ${joinNames(entry.presenters)}.` },
      ...(entry.link ? [{ type: 'paragraph' as const, text: `Write-up: ${entry.link}` }] : []),
    ],
    ...(entry.link ? { programmeLink: entry.link } : {}),
  }));
}

function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

// Blog migrations open each post with where it was first published; that is metadata, not text.
const ORIGINALLY_POSTED = /^This was originally posted on [\w .-]{1,40}? here\.?$/i;

/** Removes the "originally posted [here](…)" paragraph from the tree, returning its link. */
function takeOriginalAddress(tree: Root): string | undefined {
  // The note opens the post: only its first blocks are read.
  const index = tree.children
    .slice(0, 5)
    .findIndex((node) => node.type === 'paragraph' && ORIGINALLY_POSTED.test(inlineText(node.children)));
  const node = tree.children[index];
  if (node?.type !== 'paragraph') return undefined;
  tree.children.splice(index, 1);
  const link = node.children.find((child) => child.type === 'link');
  return link?.type === 'link' && /^https?:/i.test(link.url) ? link.url : undefined;
}

function documentUrl(fields: Record<string, string>, original: string | undefined): string | undefined {
  const stated = fields.url ?? fields.permalink ?? fields.canonical ?? fields.canonicalUrl ?? fields.legacyUrl;
  if (stated && stated.trim()) return stated.trim();
  return original;
}

export function parseMarkdownDocument(text: string): DraftDocument {
  const { fields, tree, source } = readTree(text);
  const url = documentUrl(fields, takeOriginalAddress(tree));
  const nodes = treeBlocks(tree, source);
  const firstHeading = nodes.find((node) => node.kind === 'heading' && node.level === 1);
  const firstText = nodes.find((node) => node.kind === 'block');
  const title =
    markdownInlineToText(fields.title ?? '') ||
    (firstHeading?.kind === 'heading' ? firstHeading.text : '') ||
    (firstText?.kind === 'block' ? firstText.block.text.slice(0, 80) : '') ||
    'Untitled document';
  // The document's own title heading is not a section.
  const content = nodes.filter((node) => !(node === firstHeading && node.kind === 'heading' && node.text === title));
  const talkLevel = chooseTalkLevel(content, title);
  const offset = (talkLevel ?? 1) - 1;
  const intro: DraftBlock[] = [];
  const sections: Section[] = [];
  for (const node of content) {
    if (talkLevel !== null && node.kind === 'heading' && node.level <= talkLevel)
      sections.push({ heading: node.text, nodes: [] });
    else if (sections.length > 0) sections[sections.length - 1].nodes.push(node);
    else intro.push(headingBlock(node, 0));
  }
  const allText = [title, fields.description ?? '', source].join('\n');
  const summitYear = detectSummitYear(`${title}\n${title}\n${allText}`);
  const aboutSummit = summitYear !== null;
  const titled = singleTalkTitle(title);
  const programme = aboutSummit && !titled ? findProgramme(tree) : [];
  const speakerHeadings = sections.some((section) => splitSpeakerHeading(section.heading) !== null);
  let talks: DraftTalk[];
  let keepsIntro = true;
  if (programme.length >= 3) talks = programmeTalks(programme);
  else if (sections.length > 0 && (speakerHeadings || announcesSeveralTalks(title)))
    talks = severalTalks(title, intro, sections, offset, aboutSummit);
  else if (titled) {
    talks = [singleTalk(titled.title, titled.speakers, intro, sections, offset, aboutSummit)];
    keepsIntro = false;
  } else if (sections.length === 0) {
    talks = [singleTalk(title, null, intro, [], offset, aboutSummit)];
    keepsIntro = false;
  } else {
    // No title to go by: several talks only when sections name different presenters.
    const several = severalTalks(title, intro, sections, offset, aboutSummit);
    const openingNamesNobody = presentersOf(intro, aboutSummit).length === 0;
    if (several.every((talk) => talk.speakers.length > 0) && (several.length >= 2 || openingNamesNobody))
      talks = several;
    else {
      talks = [singleTalk(title, null, intro, sections, offset, aboutSummit)];
      keepsIntro = false;
    }
  }
  return {
    title,
    ...(url ? { url } : {}),
    kind: 'article',
    summitYear,
    date:
      parseDate(fields.publishDate ?? fields.date ?? fields.pubDate ?? fields.published_at ?? fields.created ?? '') ??
      null,
    author: fields.author ? normalizePersonName(fields.author) : null,
    host: null,
    guests: [],
    intro: keepsIntro ? intro : [],
    links: programme.flatMap((entry) =>
      entry.link ? [{ label: entry.title, target: entry.link, group: 'Programme' }] : [],
    ),
    talks,
  };
}

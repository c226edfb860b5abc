// Reads a Markdown write-up (with or without YAML frontmatter): each top-level section is a talk.

import { parseDate, detectSummitYear } from './dates';
import type { DraftBlock, DraftDocument, DraftTalk } from './draft';
import { markdownInlineToText } from './inline';
import { parseMarkdownBlocks, type MarkdownNode } from './markdownBlocks';
import { findPresenters, isPlausibleName, normalizePersonName } from './people';
import { announcesSeveralTalks, summitTalkTitle } from './titles';

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
  const fields: Record<string, string> = {};
  let i = 1;
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
  return { fields, body: lines.slice(i).join('\n') };
}

/** True when the text opens with YAML frontmatter that holds at least one field. */
export function hasFrontmatter(text: string): boolean {
  return /^---\r?\n(?:.*\r?\n){0,40}?[A-Za-z_][\w-]*\s*:/.test(text);
}

/** "Petr Viktorin: Unsupported build warning" gives the speaker; other headings give none. */
export function splitSpeakerHeading(heading: string): { speaker: string; title: string } | null {
  const colon = heading.indexOf(': ');
  if (colon <= 0) return null;
  const speaker = heading.slice(0, colon).trim();
  const title = heading.slice(colon + 2).trim();
  return title && isPlausibleName(speaker) ? { speaker: normalizePersonName(speaker), title } : null;
}

function blockText(block: DraftBlock): string {
  return block.type === 'list' ? block.items.join(' ') : block.text;
}

function talkFromSection(heading: string, nodes: MarkdownNode[], subheadingOffset: number): DraftTalk {
  const blocks: DraftBlock[] = nodes.map((node) =>
    node.kind === 'heading'
      ? { type: 'heading', level: Math.max(2, node.level - subheadingOffset), text: node.text }
      : node.block,
  );
  const split = splitSpeakerHeading(heading);
  if (split) return { title: split.title, speakers: [split.speaker], blocks };
  const prose = blocks.filter((block) => block.type === 'paragraph' || block.type === 'list').map(blockText);
  return { title: heading, speakers: findPresenters(prose.slice(0, 4), prose.join('\n')), blocks };
}

function chooseTalkLevel(nodes: MarkdownNode[], title: string): number | null {
  const levels = nodes.flatMap((node) => (node.kind === 'heading' && node.text !== title ? [node.level] : []));
  return levels.length > 0 ? Math.min(...levels) : null;
}

interface Section {
  heading: string;
  nodes: MarkdownNode[];
}

function headingBlock(node: MarkdownNode, offset: number): DraftBlock {
  return node.kind === 'heading'
    ? { type: 'heading', level: Math.max(2, node.level - offset), text: node.text }
    : node.block;
}

/**
 * A write-up of one talk has an opening that names its presenter, then subheadings. Its sections
 * are parts of that talk, not talks of their own, unless the title or "Speaker: Title" headings
 * say the document holds several talks.
 */
function asSingleTalk(title: string, intro: DraftBlock[], sections: Section[], offset: number): DraftTalk | null {
  if (sections.length === 0 || announcesSeveralTalks(title)) return null;
  if (sections.some((section) => splitSpeakerHeading(section.heading) !== null)) return null;
  const opening = intro.filter((block) => block.type === 'paragraph').map((block) => block.text);
  if (opening.length === 0) return null;
  const blocks: DraftBlock[] = [...intro];
  for (const section of sections) {
    blocks.push(
      { type: 'heading', level: 2, text: section.heading },
      ...section.nodes.map((node) => headingBlock(node, offset)),
    );
  }
  const speakers = findPresenters(opening, blocks.map(blockText).join('\n'));
  return speakers.length > 0 ? { title: summitTalkTitle(title), speakers, blocks } : null;
}

export function parseMarkdownDocument(text: string): DraftDocument {
  const { fields, body } = splitFrontmatter(text);
  const nodes = parseMarkdownBlocks(body);
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
  const single = talkLevel === null ? talkFromSection(title, content, 0) : asSingleTalk(title, intro, sections, offset);
  const talks = single ? [single] : sections.map((section) => talkFromSection(section.heading, section.nodes, offset));
  const allText = [title, fields.description ?? '', body].join('\n');
  return {
    title,
    kind: 'article',
    summitYear: detectSummitYear(`${title}\n${title}\n${allText}`),
    date:
      parseDate(fields.publishDate ?? fields.date ?? fields.pubDate ?? fields.published_at ?? fields.created ?? '') ??
      null,
    author: fields.author ? normalizePersonName(fields.author) : null,
    host: null,
    guests: [],
    intro: single ? [] : intro,
    links: [],
    talks,
  };
}

// Notes as Markdown that Obsidian, Logseq and other editors open as they are: YAML frontmatter,
// the talk note, then each highlight as a quote (or a callout), a block id, a link back and its note.

import { readerLinkUrl } from '../links';
import type { HighlightColor, HighlightRecord, TalkNoteRecord } from '../annotations';
import type { SourceKind } from '../model';
import { citationKey } from '../citations/talkCitation';
import { mapLinesOutsideFences } from './markdownLines';
import { noteWithPepLinks, quoteWithPepLinks } from './pepLinks';

export interface ExportTalk {
  talkId: string;
  title: string;
  speakers: string[];
  summitYear: number | null;
  source: { title: string; kind: SourceKind | null; date: string | null };
}

export interface ExportHighlight {
  record: HighlightRecord;
  /** The block the passage starts in now; null for orphans. */
  blockId: string | null;
  /** Offset in the talk's current text, for reading order; orphans sort last. */
  position: number;
  orphan: boolean;
}

export interface ExportOptions {
  style: 'blockquote' | 'callout';
  exportedAt: string;
  /** Adds the talk's citation key (as "Cite this talk" gives it) to the frontmatter. */
  citationKey?: boolean;
}

const CALLOUT_TYPES: Record<HighlightColor, string> = {
  yellow: 'quote',
  orange: 'important',
  blue: 'info',
  green: 'tip',
  red: 'warning',
  purple: 'example',
};

/** A YAML scalar that any YAML parser reads back as the same string (JSON strings are valid YAML). */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** The frontmatter line carrying the talk's citation key, the same key its BibTeX and CSL-JSON use. */
export function citationKeyLine(talk: ExportTalk): string {
  return `citation_key: ${yamlString(citationKey(talk))}`;
}

function frontmatter(talk: ExportTalk, tags: string[], exportedAt: string, withKey = false): string {
  const lines = [
    '---',
    `title: ${yamlString(talk.title)}`,
    `summit: ${talk.summitYear ?? 'null'}`,
    `speakers: [${talk.speakers.map(yamlString).join(', ')}]`,
    'source:',
    `  title: ${yamlString(talk.source.title)}`,
    `  kind: ${talk.source.kind ? yamlString(talk.source.kind) : 'null'}`,
    `  date: ${talk.source.date ? yamlString(talk.source.date) : 'null'}`,
    `tags: [${tags.map(yamlString).join(', ')}]`,
    `exported: ${yamlString(exportedAt)}`,
    `talk_id: ${yamlString(talk.talkId)}`,
    ...(withKey ? [citationKeyLine(talk)] : []),
    '---',
  ];
  return lines.join('\n');
}

/**
 * Inline text that renders as itself: Markdown punctuation is escaped, and leading spaces (which
 * would start a code block) become entities.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const escaped = line.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (char) => `\\${char}`);
      return escaped.replace(/^ +/, (spaces) => '&#32;'.repeat(spaces.length));
    })
    .join('\n');
}

function quoteLines(text: string): string[] {
  return quoteWithPepLinks(text, escapeMarkdownText)
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`));
}

/** Obsidian block ids: letters, digits and hyphens, unique within the file. */
function blockReference(blockId: string | null, used: Set<string>, fallback: string): string {
  const base = (blockId ?? fallback).replace(/[^A-Za-z0-9-]/g, '-');
  let id = base;
  for (let count = 2; used.has(id); count++) id = `${base}-${count}`;
  used.add(id);
  return id;
}

export function talkLink(talkId: string, blockId: string | null): string {
  return readerLinkUrl(talkId, blockId);
}

/**
 * Moves every ATX heading of a Markdown text by `shift` levels (at most 6), leaving fenced code
 * alone, so a note's or a talk's headings sit below the section they are in.
 */
export function shiftHeadings(markdown: string, shift: number): string {
  return mapLinesOutsideFences(markdown, (line) =>
    line.replace(
      /^(\s{0,3})(#{1,6})(?=\s|$)/,
      (_whole, indent: string, hashes: string) =>
        `${indent}${'#'.repeat(Math.min(6, Math.max(1, hashes.length + shift)))}`,
    ),
  );
}

/** A note's own headings start at `level`, below the heading the note sits under. */
function noteBody(note: string, level: number): string {
  const levels = [...note.matchAll(/^\s{0,3}(#{1,6})(?=\s|$)/gm)].map((match) => match[1].length);
  if (levels.length === 0) return noteWithPepLinks(note);
  return noteWithPepLinks(shiftHeadings(note, Math.max(0, level - Math.min(...levels))));
}

function highlightSection(highlight: ExportHighlight, options: ExportOptions, used: Set<string>): string[] {
  const { record } = highlight;
  const lines =
    options.style === 'callout'
      ? [`> [!${CALLOUT_TYPES[record.color]}] ${record.color}`, ...quoteLines(record.selectors.quote.exact)]
      : quoteLines(record.selectors.quote.exact);
  const reference = blockReference(highlight.blockId, used, `h-${record.id.slice(0, 8)}`);
  lines.push('', `^${reference}`, '');
  if (!highlight.orphan) lines.push(`[Open in Summit Reader](${talkLink(record.talkId, highlight.blockId)})`, '');
  if (record.tags.length > 0) lines.push(record.tags.map((tag) => `#${tag.replace(/\s+/g, '-')}`).join(' '), '');
  if (record.note.trim()) lines.push(noteBody(record.note.trim(), 4), '');
  return lines;
}

export function talkToMarkdown(
  talk: ExportTalk,
  note: TalkNoteRecord | null,
  highlights: ExportHighlight[],
  options: ExportOptions,
): string {
  const tags = [
    ...new Set([...(note?.tags ?? []), ...highlights.flatMap((highlight) => highlight.record.tags)]),
  ].sort();
  const used = new Set<string>();
  const anchored = highlights.filter((highlight) => !highlight.orphan).sort((a, b) => a.position - b.position);
  const orphans = highlights.filter((highlight) => highlight.orphan);
  const lines = [
    frontmatter(talk, tags, options.exportedAt, options.citationKey),
    '',
    `# ${escapeMarkdownText(talk.title)}`,
    '',
  ];
  if (talk.speakers.length > 0) lines.push(`*${escapeMarkdownText(talk.speakers.join(', '))}*`, '');
  if (note && note.text.trim()) lines.push('## Talk note', '', noteBody(note.text.trim(), 3), '');
  if (anchored.length > 0) lines.push('## Highlights', '');
  for (const highlight of anchored) lines.push(...highlightSection(highlight, options, used));
  if (orphans.length > 0) {
    lines.push('## Orphaned highlights', '', 'These passages are no longer in the text of the talk.', '');
    for (const highlight of orphans) lines.push(...highlightSection(highlight, options, used));
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Several talks in one file: one frontmatter for the collection, then each talk one level down. */
export function collectionToMarkdown(
  title: string,
  talkIds: string[],
  talkFiles: string[],
  exportedAt: string,
): string {
  const sections = talkFiles.map((file) => shiftHeadings(file.replace(/^---\n[\s\S]*?\n---\n+/, ''), 1).trimEnd());
  const front = [
    '---',
    `title: ${yamlString(title)}`,
    `exported: ${yamlString(exportedAt)}`,
    `talk_ids: [${talkIds.map(yamlString).join(', ')}]`,
    '---',
  ];
  return `${[...front, '', `# ${escapeMarkdownText(title)}`, '', ...sections.flatMap((section) => [section, ''])].join('\n').trimEnd()}\n`;
}

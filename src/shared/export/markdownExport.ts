// The pieces of Markdown an export is made of, each its own function so templates (and later
// additions such as a citation key or links in quotes) build on them: YAML frontmatter, quotes
// and callouts that render as the text itself, notes with their headings moved below the
// section they sit in, block ids, links back and tags. exportTemplates.ts puts them together.

import { readerLinkUrl } from '../links';
import type { HighlightColor, HighlightRecord } from '../annotations';
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

/** A talk file's YAML frontmatter, every string a JSON-style quoted scalar; the citation key if asked. */
export function frontmatter(talk: ExportTalk, tags: string[], exportedAt: string, withKey = false): string {
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

/** The frontmatter of one file holding several talks. */
export function collectionFrontmatter(title: string, talkIds: string[], exportedAt: string): string {
  return [
    '---',
    `title: ${yamlString(title)}`,
    `exported: ${yamlString(exportedAt)}`,
    `talk_ids: [${talkIds.map(yamlString).join(', ')}]`,
    '---',
  ].join('\n');
}

/** The characters Markdown could read as syntax in inline text. */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|<>~&]/g;

/**
 * Inline text that renders as itself: Markdown punctuation is escaped, and leading spaces (which
 * would start a code block) become entities.
 */
export function escapeMarkdownText(text: string): string {
  // Escaping is character by character, so the whole text is escaped at once; only lines that
  // start with a space are then read one by one.
  const escaped = text.replace(MARKDOWN_PUNCTUATION, '\\$&');
  if (!escaped.startsWith(' ') && !escaped.includes('\n ')) return escaped;
  return escaped
    .split('\n')
    .map((line) => line.replace(/^ +/, (spaces) => '&#32;'.repeat(spaces.length)))
    .join('\n');
}

function quoteLines(text: string): string[] {
  return quoteWithPepLinks(text, escapeMarkdownText)
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`));
}

/**
 * Obsidian block ids: letters, digits and hyphens, unique within the file. A second passage in the
 * same block gets `-2`, then `-3`, and so on. Each base remembers the last suffix it gave, so a
 * block holding hundreds of highlights does not try every earlier suffix again for each one.
 */
export class BlockReferences {
  private readonly used = new Set<string>();
  /** Per base, the number of the suffix it gave last (1 is the base itself). */
  private readonly lastSuffix = new Map<string, number>();

  take(blockId: string | null, fallback: string): string {
    const base = (blockId ?? fallback).replace(/[^A-Za-z0-9-]/g, '-');
    // Every suffix tried before for this base is still taken: the set only grows.
    let count = this.lastSuffix.get(base) ?? 1;
    let id = count === 1 ? base : `${base}-${count}`;
    while (this.used.has(id)) {
      count += 1;
      id = `${base}-${count}`;
    }
    this.used.add(id);
    this.lastSuffix.set(base, count);
    return id;
  }
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
  // A heading needs a "#": most notes have none and are not searched for one.
  if (!note.includes('#')) return noteWithPepLinks(note);
  const levels = [...note.matchAll(/^\s{0,3}(#{1,6})(?=\s|$)/gm)].map((match) => match[1].length);
  if (levels.length === 0) return noteWithPepLinks(note);
  return noteWithPepLinks(shiftHeadings(note, Math.max(0, level - Math.min(...levels))));
}

/** A highlight's passage as a block quote, or as an Obsidian callout of its colour's type. */
export function quoteMarkdown(quote: string, style: ExportOptions['style'], color: HighlightColor): string {
  const lines =
    style === 'callout' ? [`> [!${CALLOUT_TYPES[color]}] ${color}`, ...quoteLines(quote)] : quoteLines(quote);
  return lines.join('\n');
}

/** A note as Markdown whose own headings start at `level`; empty when the note is blank. */
export function noteMarkdown(note: string, level: number): string {
  return note.trim() ? noteBody(note.trim(), level) : '';
}

/** Tags as `#tag` words, spaces in a tag made hyphens. */
export function hashtags(tags: string[]): string {
  return tags.map((tag) => `#${tag.replace(/\s+/g, '-')}`).join(' ');
}

export { CALLOUT_TYPES };

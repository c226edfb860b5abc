// The variables an export template sees: the file (its title, frontmatter, whether it holds
// several talks), each talk (summit, source, speakers, talk note, tags, link) and each highlight
// (quote, note, tags, colour, times, block id, link), both as raw text and as ready Markdown.

import type { TalkNoteRecord } from '../annotations';
import { citationKey } from '../citations/talkCitation';
import {
  BlockReferences,
  CALLOUT_TYPES,
  collectionFrontmatter,
  frontmatter,
  hashtags,
  noteMarkdown,
  quoteMarkdown,
  talkLink,
  type ExportHighlight,
  type ExportOptions,
  type ExportTalk,
} from './markdownExport';

/** One talk to export: its metadata, talk note and highlights (anchored and orphaned). */
export interface TalkExportInput {
  talk: ExportTalk;
  note: TalkNoteRecord | null;
  highlights: ExportHighlight[];
}

export interface ExportInput {
  talks: TalkExportInput[];
  options: ExportOptions;
  /** Set when several talks go in one file: that file's title. */
  collectionTitle?: string;
}

export interface HighlightVariables {
  quote: string;
  quote_markdown: string;
  note: string;
  note_markdown: string;
  tags: string[];
  hashtags: string;
  colour: string;
  color: string;
  callout: string;
  created: string;
  updated: string;
  block_id: string;
  link: string | null;
  orphan: boolean;
}

export interface TalkVariables {
  title: string;
  talk_id: string;
  summit: number | null;
  speakers: string[];
  source: { title: string; kind: string | null; date: string | null };
  link: string;
  tags: string[];
  /** The key "Cite this talk" gives the talk, the same in BibTeX and CSL-JSON. */
  citation_key: string;
  /** The default's frontmatter, with the citation key when the export asks for it. */
  frontmatter: string;
  note: { text: string; markdown: string; tags: string[]; created: string; updated: string } | null;
  highlights: HighlightVariables[];
  orphans: HighlightVariables[];
}

export interface ExportVariables {
  title: string;
  exported: string;
  collection: boolean;
  frontmatter: string;
  talks: TalkVariables[];
  talk: TalkVariables | null;
}

/**
 * What the variables are for. The built-in default, written out in code, prints no times, and
 * writing every highlight's two times was a tenth of its export: it asks for none (they are empty).
 */
export interface VariableOptions {
  times: boolean;
}

const ALL_VARIABLES: VariableOptions = { times: true };

const iso = (time: number, wanted: VariableOptions): string => (wanted.times ? new Date(time).toISOString() : '');

function highlightVariables(
  highlight: ExportHighlight,
  style: ExportOptions['style'],
  used: BlockReferences,
  wanted: VariableOptions,
): HighlightVariables {
  const { record } = highlight;
  return {
    quote: record.selectors.quote.exact,
    quote_markdown: quoteMarkdown(record.selectors.quote.exact, style, record.color),
    note: record.note,
    note_markdown: noteMarkdown(record.note, 4),
    tags: record.tags,
    hashtags: hashtags(record.tags),
    colour: record.color,
    color: record.color,
    callout: CALLOUT_TYPES[record.color],
    created: iso(record.createdAt, wanted),
    updated: iso(record.updatedAt, wanted),
    block_id: used.take(highlight.blockId, `h-${record.id.slice(0, 8)}`),
    link: highlight.orphan ? null : talkLink(record.talkId, highlight.blockId),
    orphan: highlight.orphan,
  };
}

/** Every tag on the talk note and its highlights, once each, sorted. */
function talkTags(input: TalkExportInput): string[] {
  const tags = new Set(input.note?.tags);
  for (const highlight of input.highlights) for (const tag of highlight.record.tags) tags.add(tag);
  return [...tags].sort();
}

function talkVariables(input: TalkExportInput, options: ExportOptions, wanted: VariableOptions): TalkVariables {
  const { talk, note } = input;
  const used = new BlockReferences();
  const anchored = input.highlights.filter((highlight) => !highlight.orphan).sort((a, b) => a.position - b.position);
  const orphans = input.highlights.filter((highlight) => highlight.orphan);
  const tags = talkTags(input);
  return {
    title: talk.title,
    talk_id: talk.talkId,
    summit: talk.summitYear,
    speakers: talk.speakers,
    source: { title: talk.source.title, kind: talk.source.kind, date: talk.source.date },
    link: talkLink(talk.talkId, null),
    tags,
    citation_key: citationKey(talk),
    frontmatter: frontmatter(talk, tags, options.exportedAt, options.citationKey ?? false),
    note: note
      ? {
          text: note.text,
          markdown: noteMarkdown(note.text, 3),
          tags: note.tags,
          created: iso(note.createdAt, wanted),
          updated: iso(note.updatedAt, wanted),
        }
      : null,
    // Block ids are made unique within the talk in this order: anchored first, then orphans.
    highlights: anchored.map((highlight) => highlightVariables(highlight, options.style, used, wanted)),
    orphans: orphans.map((highlight) => highlightVariables(highlight, options.style, used, wanted)),
  };
}

export function exportVariables(input: ExportInput, wanted = ALL_VARIABLES): ExportVariables {
  const talks = input.talks.map((talk) => talkVariables(talk, input.options, wanted));
  const collection = input.collectionTitle !== undefined;
  const title = input.collectionTitle ?? talks[0]?.title ?? '';
  return {
    title,
    exported: input.options.exportedAt,
    collection,
    frontmatter: collection
      ? collectionFrontmatter(
          title,
          talks.map((talk) => talk.talk_id),
          input.options.exportedAt,
        )
      : (talks[0]?.frontmatter ?? ''),
    talks,
    talk: talks[0] ?? null,
  };
}

// The single entry point for turning a file's bytes into a document of the shared model.
//
// The format is recognised from the content alone; the file's name is never consulted.

import { MAX_DOCUMENT_BYTES } from '../../shared/limits';
import type { SourceDocument } from '../../shared/model';
import { looksLikeBlogDump, looksLikePlainText, parseBlogDump, parsePlainArticle } from './blogDump';
import { finalizeDocument, type DraftBlock, type DraftDocument } from './draft';
import { looksLikeEpisodePage, parseEpisodePage } from './episodePage';
import { hasFrontmatter, parseMarkdownDocument } from './markdownDocument';
import { htmlToMarkdown, looksLikeHtml } from './htmlDocument';
import { decodeWindows1252, repairMojibake } from './mojibake';
import { looksLikeRst, rstToMarkdown } from './rstDocument';
import { looksLikeTranscript, parseTranscript } from './transcript';

export type DocumentFormat =
  | 'markdown-frontmatter'
  | 'blog-dump'
  | 'episode-page'
  | 'transcript'
  | 'markdown'
  | 'plain-text'
  | 'html'
  | 'restructuredtext';

export type ParseResult =
  | { ok: true; document: SourceDocument; format: DocumentFormat; repairs: number; warnings: string[] }
  | { ok: false; error: string };

/**
 * The parsers' version. Parsed imported documents are stored with it and parsed again when it
 * changes; parserVersion.test.ts fails when the parsers change without it.
 */
export const PARSER_VERSION = 6;

/** Largest document the parsers accept; a Summit write-up is a few hundred kilobytes at most. */
export { MAX_DOCUMENT_BYTES } from '../../shared/limits';

/** Decodes bytes strictly as UTF-8, or as Windows-1252 when they are not valid UTF-8; null for binary data. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } | null {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const byte of sample)
    if (byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c)) controls++;
  if (sample.length > 0 && controls / sample.length > 0.01) return null;
  let text: string;
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    encoding = 'windows-1252';
  }
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), encoding };
}

export function decodeText(bytes: Uint8Array): string | null {
  return decodeBytes(bytes)?.text ?? null;
}

export function detectFormat(text: string): DocumentFormat {
  if (looksLikeTranscript(text)) return 'transcript';
  if (looksLikeHtml(text)) return 'html';
  if (hasFrontmatter(text)) return 'markdown-frontmatter';
  if (looksLikeRst(text)) return 'restructuredtext';
  if (looksLikeEpisodePage(text)) return 'episode-page';
  if (looksLikeBlogDump(text)) return 'blog-dump';
  return looksLikePlainText(text) ? 'plain-text' : 'markdown';
}

function parseAs(format: DocumentFormat, text: string): DraftDocument {
  switch (format) {
    case 'transcript':
      return parseTranscript(text);
    case 'episode-page':
      return parseEpisodePage(text);
    case 'blog-dump':
      return parseBlogDump(text);
    case 'plain-text':
      return parsePlainArticle(text);
    case 'html':
      return parseMarkdownDocument(htmlToMarkdown(text));
    case 'restructuredtext':
      return parseMarkdownDocument(rstToMarkdown(text));
    case 'markdown-frontmatter':
    case 'markdown':
      return parseMarkdownDocument(text);
  }
}

/** Every document has at least one talk: one with nothing but an introduction becomes a talk itself. */
function ensureTalk(draft: DraftDocument): DraftDocument {
  if (draft.talks.length > 0 || draft.intro.length === 0) return draft;
  const blocks =
    draft.intro[0]?.type === 'heading' && draft.intro[0].text === draft.title ? draft.intro.slice(1) : draft.intro;
  const speakers =
    draft.kind === 'article' ? [] : [draft.host, ...draft.guests].filter((name): name is string => name !== null);
  return { ...draft, intro: [], talks: [{ title: draft.title, speakers, blocks }] };
}

/** Stored output may be at most this many times the input, plus a little room for tiny documents. */
export const MAX_OUTPUT_RATIO = 3;
const OUTPUT_SLACK = 64 * 1024;

/** Runs of `size` consecutive blocks as one paragraph each, their texts a line apiece. */
function mergeBlocks(blocks: DraftBlock[], size: number): DraftBlock[] {
  const merged: DraftBlock[] = [];
  for (let start = 0; start < blocks.length; start += size) {
    const text = blocks
      .slice(start, start + size)
      .map((block) => block.text)
      .filter((part) => part !== '')
      .join('\n');
    if (text) merged.push({ type: 'paragraph', text });
  }
  return merged;
}

/**
 * A document is stored as JSON beside its file, and every block carries an id and a type: a
 * document made of nothing but thousands of tiny blocks (a hostile file of bare headings) would be
 * stored many times its size. When the output would pass MAX_OUTPUT_RATIO times the input, runs of
 * blocks are merged into paragraphs, in larger runs until it fits. Real documents never come near it.
 */
function withinOutputLimit(draft: DraftDocument, inputLength: number): SourceDocument {
  const limit = inputLength * MAX_OUTPUT_RATIO + OUTPUT_SLACK;
  let document = finalizeDocument(draft);
  let size = JSON.stringify(document).length;
  for (let run = 2; size > limit && run < 1 << 24; run *= 2) {
    const compact: DraftDocument = {
      ...draft,
      intro: mergeBlocks(draft.intro, run),
      talks: draft.talks.map((talk) => ({ ...talk, blocks: mergeBlocks(talk.blocks, run) })),
    };
    document = finalizeDocument(compact);
    size = JSON.stringify(document).length;
  }
  return document;
}

export function parseDocumentText(rawText: string): ParseResult {
  if (rawText.trim() === '') return { ok: false, error: 'The file is empty.' };
  const { text, repairs } = repairMojibake(rawText);
  const format = detectFormat(text);
  const draft = ensureTalk(parseAs(format, text));
  const blockCount = draft.talks.reduce((sum, talk) => sum + talk.blocks.length, draft.intro.length);
  if (blockCount === 0) return { ok: false, error: 'The file holds no readable text.' };
  const warnings =
    repairs > 0
      ? [`Repaired ${repairs} passage${repairs === 1 ? '' : 's'} that had been decoded with the wrong character set.`]
      : [];
  return { ok: true, document: withinOutputLimit(draft, text.length), format, repairs, warnings };
}

export function parseDocumentBytes(bytes: Uint8Array): ParseResult {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return {
      ok: false,
      error: `The file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_BYTES / 1048576} MB.`,
    };
  }
  const decoded = decodeBytes(bytes);
  if (decoded === null) return { ok: false, error: 'The file is not a text document (it looks like binary data).' };
  const result = parseDocumentText(decoded.text);
  if (!result.ok || decoded.encoding === 'utf-8') return result;
  return {
    ...result,
    warnings: [
      'The file is not valid UTF-8, so it was read as Windows-1252: check accented letters and quotation marks.',
      ...result.warnings,
    ],
  };
}

// Export templates: the reader's Markdown export runs through a Liquid template (LiquidJS, which
// interprets templates and never evaluates code, so it runs under the page's CSP). A template that
// does not parse or fails while rendering gives an error naming its line, and nothing is written.
// The built-in default template, most exports' template, is written out in code instead
// (defaultExport.ts): the same text, without interpreting it.

import { Liquid, type Template } from 'liquidjs';
import type { TalkNoteRecord } from '../annotations';
import { DEFAULT_TEMPLATE } from './builtInTemplates';
import { renderDefaultTemplate } from './defaultExport';
import { noteWithPepLinks, quoteWithPepLinks } from './pepLinks';
import { MAX_TEMPLATE_CHARS } from './templateSettings';
import { exportVariables, type ExportInput, type TalkExportInput } from './exportContext';
import {
  escapeMarkdownText,
  shiftHeadings,
  type ExportHighlight,
  type ExportOptions,
  type ExportTalk,
} from './markdownExport';

/** An export (10,000 highlights render in well under a second) may take this long, no longer. */
export const EXPORT_RENDER_MS = 5_000;
/** A preview, rendered as the reader types, may take this long: a template that loops for ever stops at once. */
export const PREVIEW_RENDER_MS = 300;

export interface TemplateError {
  /** 1-based line of the template where the problem is, when the engine knows it. */
  line: number | null;
  message: string;
}

export type TemplateResult<T> = { ok: true; value: T } | { ok: false; error: TemplateError };

function indentFollowingLines(text: unknown, width: unknown): string {
  const pad = ' '.repeat(Math.max(0, Math.min(40, Number(width) || 0)));
  const value = String(text ?? '');
  // The first line is never indented: one line comes back as it is.
  if (!value.includes('\n')) return value;
  return value
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : `${pad}${line}`))
    .join('\n');
}

function createEngine(): Liquid {
  const engine = new Liquid({
    // Unknown filters are mistakes worth naming; a missing value (a talk with no note) is empty.
    strictFilters: true,
    ownPropertyOnly: true,
    // No file system: include and render find nothing, in the page and in tests alike.
    templates: {},
    relativeReference: false,
    // Bounds for a hostile template, such as one restored from someone else's backup.
    parseLimit: MAX_TEMPLATE_CHARS * 2,
    renderLimit: EXPORT_RENDER_MS,
    memoryLimit: 64 * 1024 * 1024,
  });
  engine.registerFilter('escape_md', (value: unknown) => escapeMarkdownText(String(value ?? '')));
  // Text and notes as the default writes quotes and notes: PEP mentions linked to their page.
  engine.registerFilter('md_text', (value: unknown) => quoteWithPepLinks(String(value ?? ''), escapeMarkdownText));
  engine.registerFilter('md_note', (value: unknown) => noteWithPepLinks(String(value ?? '')));
  engine.registerFilter('shift_headings', (value: unknown, shift: unknown) =>
    shiftHeadings(String(value ?? ''), Number(shift) || 0),
  );
  engine.registerFilter('one_line', (value: unknown) =>
    String(value ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  engine.registerFilter('indent', indentFollowingLines);
  return engine;
}

let engine: Liquid | null = null;
const liquid = (): Liquid => (engine ??= createEngine());

function templateError(error: unknown): TemplateError {
  const raw = error instanceof Error ? error.message : String(error);
  const token = (error as { token?: { getPosition?: () => number[] } } | null)?.token;
  const position = typeof token?.getPosition === 'function' ? token.getPosition() : null;
  const line = position?.[0] ?? Number(/line:(\d+)/.exec(raw)?.[1] ?? NaN);
  // The engine's message repeats the position and quotes the template; the line is given apart.
  const message =
    raw.replace(/,?\s*(file:.*?,\s*)?line:\d+,\s*col:\d+.*$/s, '').trim() || 'The template could not be read';
  const limits: Record<string, string> = {
    'template render limit exceeded': 'the template took too long to render (does a loop run too far?)',
    'memory alloc limit exceeded': 'the template made too much text (does a loop run too far?)',
  };
  return { line: Number.isFinite(line) ? line : null, message: limits[message] ?? message };
}

/**
 * Parsed templates, by their text. An export renders one template once per talk (a folder of a
 * hundred talks parsed it a hundred times), and a parsed template is only read while rendering, so
 * it is kept. The newest few are kept: the reader has one selected template and edits one at a time.
 */
const parsedTemplates = new Map<string, Template[]>();
const PARSED_TEMPLATES_KEPT = 4;

function parseOnce(body: string): Template[] {
  const kept = parsedTemplates.get(body);
  if (kept) return kept;
  const parsed = liquid().parse(body);
  parsedTemplates.set(body, parsed);
  if (parsedTemplates.size > PARSED_TEMPLATES_KEPT) {
    parsedTemplates.delete(parsedTemplates.keys().next().value as string);
  }
  return parsed;
}

/** Reads a template without rendering it: the check made before a template is saved. */
export function parseTemplate(body: string): TemplateResult<Template[]> {
  if (body.length > MAX_TEMPLATE_CHARS) {
    return {
      ok: false,
      error: { line: null, message: `The template is longer than ${MAX_TEMPLATE_CHARS} characters` },
    };
  }
  try {
    return { ok: true, value: parseOnce(body) };
  } catch (error) {
    return { ok: false, error: templateError(error) };
  }
}

/**
 * Blank lines are collapsed to one and the file ends with one newline, whatever the template
 * does with whitespace: templates stay readable, and the output is tidy Markdown.
 */
export function tidy(markdown: string): string {
  return `${markdown.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/**
 * Renders an export through LiquidJS, whatever the template: the Markdown text, or the error with
 * its line. renderExport takes this route for every template but the built-in default.
 */
export function renderWithLiquid(
  body: string,
  input: ExportInput,
  renderLimit = EXPORT_RENDER_MS,
): TemplateResult<string> {
  const parsed = parseTemplate(body);
  if (!parsed.ok) return parsed;
  try {
    return {
      ok: true,
      value: tidy(liquid().renderSync(parsed.value, exportVariables(input), { renderLimit }) as string),
    };
  } catch (error) {
    return { ok: false, error: templateError(error) };
  }
}

/**
 * Renders an export with a template: the Markdown text, or the error with its line. The built-in
 * default (its exact text) is written out in code (defaultExport.ts), which gives the same text;
 * the render-time limit bounds only interpreted templates, which a reader may have written.
 */
export function renderExport(body: string, input: ExportInput, renderLimit = EXPORT_RENDER_MS): TemplateResult<string> {
  if (body !== DEFAULT_TEMPLATE) return renderWithLiquid(body, input, renderLimit);
  try {
    return { ok: true, value: tidy(renderDefaultTemplate(exportVariables(input, { times: false }))) };
  } catch (error) {
    return { ok: false, error: templateError(error) };
  }
}

/** The error as a reader reads it: "Line 3: unknown tag …". */
export function describeTemplateError(error: TemplateError): string {
  return error.line === null ? `${error.message}.` : `Line ${error.line}: ${error.message}.`;
}

function renderDefault(input: ExportInput): string {
  const result = renderExport(DEFAULT_TEMPLATE, input);
  if (!result.ok) throw new Error(`The default export template failed: ${describeTemplateError(result.error)}`);
  return result.value;
}

/** One talk's notes as the default template writes them. */
export function talkToMarkdown(
  talk: ExportTalk,
  note: TalkNoteRecord | null,
  highlights: ExportHighlight[],
  options: ExportOptions,
): string {
  return renderDefault({ talks: [{ talk, note, highlights }], options });
}

/** Several talks in one file, as the default template writes them. */
export function collectionToMarkdown(title: string, talks: TalkExportInput[], options: ExportOptions): string {
  return renderDefault({ talks, options, collectionTitle: title });
}

/**
 * The check made before a template is saved: it must parse, and render a sample talk and a
 * sample collection without an error.
 */
export function checkTemplate(body: string, sample: (collection: boolean) => ExportInput): TemplateResult<true> {
  for (const collection of [false, true]) {
    const rendered = renderExport(body, sample(collection), PREVIEW_RENDER_MS);
    if (!rendered.ok) return rendered;
  }
  return { ok: true, value: true };
}

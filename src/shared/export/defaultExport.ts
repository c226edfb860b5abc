// The built-in default template, written out in code: exactly the text LiquidJS makes from
// DEFAULT_TEMPLATE (before the shared tidying of blank lines), from the same variables, without
// interpreting the template. An export through the default is most exports, and interpreting it
// cost about twice the time of the exporter it replaced. It is used only for a template whose text
// is the built-in default, character for character; every other template, the reader's edited
// copies of the default included, is rendered by LiquidJS. test/export/defaultFastPath.test.ts
// renders both ways on the golden cases and on thousands of generated exports and compares them.
//
// Each piece below names the lines of the template it stands for; the whitespace is the
// template's, after its `{%-`/`-%}` trimming.

import type { ExportVariables, HighlightVariables, TalkVariables } from './exportContext';
import { escapeMarkdownText, shiftHeadings } from './markdownExport';

/** Liquid's `blank`, as `x != blank` reads a value that is a string or nothing. */
function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || /^\s*$/.test(value);
}

/**
 * One pass of `{% for h in talk.highlights %}` (with the link back) or of
 * `{% for h in talk.orphans %}` (without): quote, block id, link, tags and note, each followed by
 * a blank line.
 */
function highlightBlock(highlight: HighlightVariables, withLink: boolean): string {
  const link = withLink ? `[Open in Summit Reader](${highlight.link ?? ''})\n\n` : '';
  return `\n${highlight.quote_markdown}\n\n^${highlight.block_id}\n\n${link}${highlight.hashtags}\n\n${highlight.note_markdown}\n\n`;
}

/** What `{%- capture section -%}` holds for one talk. */
function talkSection(talk: TalkVariables, collection: boolean): string {
  // {%- unless collection -%} frontmatter {% endunless -%} # title
  let section = collection ? '' : `${talk.frontmatter}\n\n`;
  section += `# ${escapeMarkdownText(talk.title)}\n\n`;
  // {% if talk.speakers.size > 0 %}*speakers*{% endif %}
  if (talk.speakers.length > 0) section += `*${escapeMarkdownText(talk.speakers.join(', '))}*`;
  section += '\n\n';
  // {% if talk.note.markdown != blank %} ## Talk note … {% endif %}
  const noteMarkdown = talk.note?.markdown;
  if (!isBlank(noteMarkdown)) section += `\n## Talk note\n\n${noteMarkdown}\n`;
  section += '\n\n';
  // {% if talk.highlights.size > 0 %} ## Highlights, each with its link back {% endif %}
  if (talk.highlights.length > 0) {
    section += '\n## Highlights\n\n';
    for (const highlight of talk.highlights) section += highlightBlock(highlight, true);
    section += '\n';
  }
  section += '\n\n';
  // {% if talk.orphans.size > 0 %} ## Orphaned highlights … {% endif %}
  if (talk.orphans.length > 0) {
    section += '\n## Orphaned highlights\n\nThese passages are no longer in the text of the talk.\n\n';
    for (const highlight of talk.orphans) section += highlightBlock(highlight, false);
    section += '\n';
  }
  return section;
}

/** The text the default template renders for these variables, before blank lines are tidied. */
export function renderDefaultTemplate(variables: ExportVariables): string {
  const { collection } = variables;
  // {%- if collection -%} frontmatter, # title {% endif -%}
  let text = collection ? `${variables.frontmatter}\n\n# ${escapeMarkdownText(variables.title)}\n\n` : '';
  for (const talk of variables.talks) {
    const section = talkSection(talk, collection);
    // {{ section | shift_headings: 1 | rstrip }} in a collection, {{ section }} alone otherwise.
    text += collection ? `${shiftHeadings(section, 1).trimEnd()}\n\n` : section;
  }
  return text;
}

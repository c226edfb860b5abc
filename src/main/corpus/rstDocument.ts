// Reads reStructuredText (Sphinx and ABlog posts) by rewriting it as the Markdown the Markdown
// reader already understands: section adornments become headings, `.. post::` metadata becomes
// frontmatter, hyperlink references become links, literal blocks become fenced code, and
// directives are kept as their text, never as raw markup.

import { looksLikeCode } from './prose';

const ADORNMENT = /^([!-/:-@[-`{-~])\1{2,}\s*$/;
const DIRECTIVE = /^\.\.\s+([\w:-]+)::\s*(.*)$/;
const FIELD = /^:([\w -]+):\s*(.*)$/;

/** True when the text reads as reStructuredText: a directive, or titles with underlines, plus RST links or roles. */
export function looksLikeRst(text: string): boolean {
  const head = text.slice(0, 20_000);
  if (/^\.\.\s+post::/m.test(head.slice(0, 400))) return true;
  const lines = head.split('\n');
  let titles = 0;
  for (let index = 1; index < lines.length; index++) {
    const text = lines[index - 1].trim();
    if (
      ADORNMENT.test(lines[index]) &&
      text !== '' &&
      !ADORNMENT.test(text) &&
      lines[index].trim().length >= text.length
    )
      titles++;
  }
  const rstMarkup = /`[^`]+<[^>]+>`__?|^\.\.\s+[\w-]+::|:[a-z]+:`[^`]+`/m.test(head);
  return titles >= 1 && rstMarkup;
}

interface Section {
  index: number;
  /** Lines the heading takes: 2 (underline) or 3 (overline too). */
  span: number;
  text: string;
  style: string;
}

/** A title is a text line whose underline (and optional overline) of one punctuation mark is at least nearly as long. */
function sectionAt(lines: string[], index: number): Section | null {
  const line = lines[index];
  if (line.trim() === '' || ADORNMENT.test(line) || /^\s/.test(line)) return null;
  const under = lines[index + 1];
  if (under === undefined || !ADORNMENT.test(under)) return null;
  const text = line.trim();
  const length = under.trim().length;
  // Docutils accepts a slightly short underline with a warning; a much shorter one is not a title.
  if (length < Math.min(text.length, 4) || length < text.length * 0.6) return null;
  const over = index > 0 ? lines[index - 1] : undefined;
  const overline = over !== undefined && ADORNMENT.test(over) && over.trim()[0] === under.trim()[0];
  return {
    index: overline ? index - 1 : index,
    span: overline ? 3 : 2,
    text,
    // Titles in one style share the character, and whether they have an overline.
    style: `${under.trim()[0]}${overline ? '^' : ''}`,
  };
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The lines of an indented block that starts at `start`: up to the first non-blank line indented less. */
function indentedBlock(lines: string[], start: number, minIndent: number): { body: string[]; end: number } {
  let end = start;
  while (end < lines.length && (lines[end].trim() === '' || indentOf(lines[end]) >= minIndent)) end++;
  while (end > start && lines[end - 1].trim() === '') end--;
  const body = lines.slice(start, end);
  const indent = Math.min(...body.filter((line) => line.trim() !== '').map(indentOf), Infinity);
  return { body: body.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)), end };
}

const ROLE_PREFIX: Record<string, string> = { pep: 'PEP ', rfc: 'RFC ' };

/** Inline reStructuredText as inline Markdown, over a whole paragraph (links often span lines). */
export function rstInlineToMarkdown(
  text: string,
  substitutions: Map<string, string>,
  targets: Map<string, string> = new Map(),
): string {
  let out = text;
  // Blog exports wrap images in a reference whose label is itself an image: drop the whole thing.
  out = out.replace(/`!\[[^`]*?`__?\]\([^)]*\)/g, '');
  out = out.replace(/`!\[[^\]`]*\]\([^)]*\)`__?/g, '');
  // `label <target>`_  (the target may be wrapped over lines)
  out = out.replace(/`([^`<]*?)\s*<([^>`]+)>`__?/g, (_whole, label: string, target: string) => {
    const address = target.replace(/\s+/g, '');
    const shown = label.trim();
    return shown ? `[${shown}](${address})` : address;
  });
  // :role:`text` and :role:`title <target>`
  out = out.replace(/:([a-z][\w-]*):`([^`]+)`/g, (_whole, role: string, body: string) => {
    const titled = /^([\s\S]*?)\s*<[^>]+>$/.exec(body);
    const label = titled ? titled[1] : body.replace(/^[!~]/, '');
    return `${ROLE_PREFIX[role.toLowerCase()] ?? ''}${label}`;
  });
  out = out.replace(/``([^`]+)``/g, '`$1`');
  // `reference`_ to a named target (".. _reference: https://…") is a link; others keep their text.
  out = out.replace(/`([^`<]+)`_(?!_)/g, (whole, name: string) => {
    const target = targets.get(targetKey(name));
    return target ? `[${name.trim()}](${target})` : whole;
  });
  // `reference`_ and `interpreted text`
  out = out.replace(/`([^`]+)`__?/g, '$1');
  out = out.replace(/\|([\w -]+)\|/g, (whole, name: string) => substitutions.get(name) ?? whole);
  // A backslash before a space only separates markup in RST.
  out = out.replace(/\\ /g, '');
  return out;
}

/** Reference names match case- and whitespace-insensitively, as docutils normalises them. */
function targetKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Named hyperlink targets: `.. _name: https://…` and `.. _`name: with colon`: https://…`. */
function hyperlinkTargets(lines: string[]): Map<string, string> {
  const targets = new Map<string, string>();
  for (const line of lines) {
    const target = /^\.\.\s+_(?:`([^`]+)`|([^:`]+)):\s*(https?:\S+)\s*$/.exec(line);
    if (target) targets.set(targetKey(target[1] ?? target[2]), target[3]);
  }
  return targets;
}

interface Metadata {
  date: string | null;
  author: string | null;
  tags: string | null;
}

/** Reads the `.. post::` directive of ABlog, returning the lines after it. */
function readPostDirective(lines: string[], start: number, metadata: Metadata): number {
  const match = DIRECTIVE.exec(lines[start]);
  if (!match) return start;
  if (match[2].trim()) metadata.date = match[2].trim();
  const { body, end } = indentedBlock(lines, start + 1, 1);
  for (const line of body) {
    const field = FIELD.exec(line.trim());
    if (!field) continue;
    const key = field[1].toLowerCase();
    if (key === 'author') metadata.author = field[2].trim() || null;
    if (key === 'tags') metadata.tags = field[2].trim() || null;
    if (key === 'date' && !metadata.date) metadata.date = field[2].trim() || null;
  }
  return end;
}

const CODE_DIRECTIVES = new Set(['code', 'code-block', 'sourcecode', 'literalinclude', 'highlight', 'parsed-literal']);
const ADMONITIONS = new Set([
  'note',
  'warning',
  'tip',
  'important',
  'caution',
  'attention',
  'hint',
  'danger',
  'error',
  'admonition',
  'seealso',
  'epigraph',
  'pull-quote',
  'highlights',
]);
const SILENT_DIRECTIVES = new Set(['image', 'meta', 'toctree', 'contents', 'sectnum', 'index', 'include', 'raw']);

function yamlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A directive's own options (`:alt: …`) are not its content. */
function withoutOptions(body: string[]): string[] {
  let index = 0;
  while (index < body.length && FIELD.test(body[index].trim())) index++;
  return body.slice(index);
}

/** Rewrites a reStructuredText document as Markdown with frontmatter. */
export function rstToMarkdown(text: string): string {
  const lines = text.replace(/\t/g, '    ').split('\n');
  const metadata: Metadata = { date: null, author: null, tags: null };
  const substitutions = new Map<string, string>();
  for (const line of lines) {
    const substitution = /^\.\.\s+\|([\w -]+)\|\s+replace::\s*(.+)$/.exec(line);
    if (substitution) substitutions.set(substitution[1], substitution[2].trim());
  }
  const targets = hyperlinkTargets(lines);
  const out: string[] = [];
  const paragraph: string[] = [];
  const styles: string[] = [];
  let title: string | null = null;
  let titleStyle: string | null = null;
  let titleStyleRecurs = false;

  // Set when a paragraph ended with "::": the indented block after it is a literal block.
  let pendingLiteral = false;
  const flush = (): void => {
    if (paragraph.length === 0) return;
    let joined = paragraph.join('\n');
    let literalNext = false;
    // "text::" ends a paragraph that introduces a literal block.
    if (/::\s*$/.test(joined)) {
      literalNext = true;
      joined = joined.replace(/\s*::\s*$/, (marker) => (/\s::/.test(marker) || joined.trim() === '::' ? '' : ':'));
    }
    const converted = rstInlineToMarkdown(joined, substitutions, targets).replace(/\s+$/, '');
    if (converted.trim()) out.push(converted, '');
    paragraph.length = 0;
    pendingLiteral = literalNext;
  };

  const levelOf = (style: string): number => {
    if (style === titleStyle) return 2;
    if (!styles.includes(style)) styles.push(style);
    return Math.min(6, styles.indexOf(style) + (titleStyleRecurs ? 3 : 2));
  };

  // The document title is the first section title; later titles in its style are its sections.
  const sections = new Map<number, Section>();
  for (let index = 0; index < lines.length; index++) {
    const section = sectionAt(lines, index);
    if (section) sections.set(section.index, section);
  }
  const ordered = [...sections.values()];
  if (ordered.length > 0) {
    titleStyle = ordered[0].style;
    titleStyleRecurs = ordered.slice(1).some((section) => section.style === titleStyle);
  }

  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    const section = sections.get(index);
    if (section) {
      flush();
      pendingLiteral = false;
      const heading = rstInlineToMarkdown(section.text, substitutions, targets).trim();
      if (title === null) title = heading;
      else out.push(`${'#'.repeat(levelOf(section.style))} ${heading}`, '');
      index += section.span;
      continue;
    }
    if (line.trim() === '') {
      flush();
      index++;
      continue;
    }
    // A literal block: the indented lines after a paragraph that ended with "::".
    if (pendingLiteral && paragraph.length === 0 && indentOf(line) > 0) {
      const { body, end } = indentedBlock(lines, index, 1);
      out.push('```', ...body, '```', '');
      pendingLiteral = false;
      index = end;
      continue;
    }
    pendingLiteral = false;
    // An indented block on its own: a block quote in RST, but code when it reads as code (blog
    // exports indent their code samples without the "::" marker).
    if (paragraph.length === 0 && indentOf(line) >= 2 && !/^\s*(?:[-*+•]|\d+[.)]|#\.)\s/.test(line)) {
      const { body, end } = indentedBlock(lines, index, 2);
      if (indentOf(line) >= 4 || looksLikeCode(body)) out.push('```', ...body, '```', '');
      else out.push(...body.map((part) => `> ${rstInlineToMarkdown(part, substitutions, targets)}`), '');
      index = end;
      continue;
    }
    const directive = paragraph.length === 0 ? DIRECTIVE.exec(line) : null;
    if (directive) {
      const name = directive[1].toLowerCase();
      if (name === 'post') {
        index = readPostDirective(lines, index, metadata);
        continue;
      }
      const { body, end } = indentedBlock(lines, index + 1, 1);
      const content = withoutOptions(body);
      if (CODE_DIRECTIVES.has(name)) out.push('```', ...content, '```', '');
      else if (name === 'figure') {
        const caption = content.join(' ').trim();
        if (caption) out.push(`<figure><figcaption>${caption.replace(/</g, '&lt;')}</figcaption></figure>`, '');
      } else if (ADMONITIONS.has(name)) {
        const label = directive[2].trim();
        const quoted = [label, ...content].filter((part) => part.trim() !== '');
        if (quoted.length > 0)
          out.push(...quoted.map((part) => `> ${rstInlineToMarkdown(part, substitutions, targets)}`), '');
      } else if (!SILENT_DIRECTIVES.has(name)) {
        // Unknown directive: keep its words, never its markup.
        const words = [directive[2], ...content].filter((part) => part.trim() !== '');
        if (words.length > 0) out.push(rstInlineToMarkdown(words.join('\n'), substitutions, targets), '');
      }
      index = end;
      continue;
    }
    // Comments, hyperlink targets and substitution definitions are not text.
    if (paragraph.length === 0 && (/^\.\.(\s|$)/.test(line) || /^__\s+\S/.test(line))) {
      const { end } = indentedBlock(lines, index + 1, 1);
      index = end;
      continue;
    }
    // A transition (a line of four or more punctuation marks between blank lines) is a rule.
    if (paragraph.length === 0 && /^([-=_*~])\1{3,}\s*$/.test(line)) {
      out.push('* * *', '');
      index++;
      continue;
    }
    // Stray markers left by blog exports: lines of nothing but asterisks.
    if (/^\s*(?:\*\s*)+$/.test(line) && !/^\s*(?:\*\s*){3,}$/.test(line)) {
      index++;
      continue;
    }
    paragraph.push(line.replace(/\s+$/, ''));
    index++;
  }
  flush();
  const front = ['---'];
  if (title) front.push(`title: ${yamlString(title)}`);
  if (metadata.date) front.push(`date: ${yamlString(metadata.date)}`);
  if (metadata.author) front.push(`author: ${yamlString(metadata.author)}`);
  if (metadata.tags) front.push(`tags: ${yamlString(metadata.tags)}`);
  front.push('---', '');
  return [...front, ...out].join('\n');
}

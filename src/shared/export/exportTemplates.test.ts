// Export templates: the compact and Logseq templates' shape, every variable, and errors that name
// their line. The default template is checked byte for byte in test/export/defaultTemplate.test.ts.

import { describe, expect, it } from 'vitest';
import { EXPORT_CASES, type ExportCase } from '../../../test/fixtures/exportCases';
import { COMPACT_TEMPLATE, DEFAULT_TEMPLATE, LOGSEQ_TEMPLATE } from './builtInTemplates';
import type { ExportInput } from './exportContext';
import { checkTemplate, describeTemplateError, parseTemplate, renderExport } from './exportTemplates';
import { sampleExport } from './templateSample';

function inputOf(exportCase: ExportCase): ExportInput {
  return {
    talks: exportCase.talks,
    options: exportCase.talks[0].options,
    ...(exportCase.collectionTitle ? { collectionTitle: exportCase.collectionTitle } : {}),
  };
}

function rendered(template: string, input: ExportInput): string {
  const result = renderExport(template, input);
  if (!result.ok) throw new Error(describeTemplateError(result.error));
  return result.value;
}

function exportCase(name: string): ExportCase {
  const found = EXPORT_CASES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No export case ${name}`);
  return found;
}

const rustCase = inputOf(exportCase('talk-blockquotes'));

describe('the compact list', () => {
  it('gives one line per highlight, with the quote, a link back, the note and the tags', () => {
    const text = rendered(COMPACT_TEMPLATE, rustCase);
    const items = text.split('\n').filter((line) => line.startsWith('- '));
    expect(items).toHaveLength(4);
    expect(items[0]).toContain('“BaseException is the correct choice”');
    expect(items[0]).toContain(
      '(summit-reader://talk/summit-2024--rust-in-python-panic#summit-2024--rust-in-python-panic-b2)',
    );
    expect(items[2]).toContain(': The room agreed. #error-handling #pyo3');
    expect(items[3]).toContain('(no longer in the text)');
    expect(text.startsWith('# Rust in Python: panic\\!\n')).toBe(true);
  });
});

describe('PEP mentions', () => {
  it('link to their page in the compact list and the Logseq outline too', () => {
    const input = inputOf(exportCase('pep-links-and-citation-key'));
    for (const template of [COMPACT_TEMPLATE, LOGSEQ_TEMPLATE]) {
      const text = rendered(template, input);
      expect(text).toContain('[PEP 703](https://peps.python.org/pep-0703/)');
      expect(text).toContain('As [PEP 684](https://peps.python.org/pep-0684/) says');
    }
  });

  it('give templates the citation key, as the frontmatter carries it when asked', () => {
    const input = inputOf(exportCase('pep-links-and-citation-key'));
    expect(rendered('{{ talk.citation_key }}', input)).toBe('Hewitt2024Rust\n');
  });
});

describe('the Logseq outline', () => {
  it('is a block per talk with its highlights as child blocks carrying their properties', () => {
    const text = rendered(LOGSEQ_TEMPLATE, rustCase);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('- [[Rust in Python: panic!]]');
    // Every line is a block or a continuation indented under one: nothing falls out of the outline.
    expect(lines.slice(1).every((line) => line === '' || line.startsWith('  '))).toBe(true);
    const blocks = lines.filter((line) => /^ {2}- /.test(line));
    expect(blocks).toHaveLength(5);
    expect(text).toContain('  - BaseException is the correct choice\n    colour:: yellow\n');
    expect(text).toContain('    tags:: error handling, pyo3\n');
    expect(text).toContain('    created:: 2026-11-01T09:00:00.000Z\n    updated:: 2026-11-02T10:30:00.000Z\n');
    expect(text).toContain('    orphaned:: true\n');
  });
});

describe('template variables', () => {
  it('give the summit, source, talk, speakers, quote, note, tags, colour, times, link and block id', () => {
    const template = [
      '{% for talk in talks %}{{ talk.summit }}|{{ talk.source.title }}|{{ talk.title }}|{{ talk.speakers | join: "+" }}',
      '{% for h in talk.highlights %}{{ h.quote }}|{{ h.note }}|{{ h.tags | join: "+" }}|{{ h.colour }}|{{ h.created }}|{{ h.updated }}|{{ h.link }}|{{ h.block_id }}',
      '{% endfor %}{% endfor %}',
    ].join('\n');
    const lines = rendered(template, sampleExport('2026-01-01T00:00:00.000Z')).split('\n');
    expect(lines[0]).toBe('2025|The Python Language Summit 2025|A sample talk|Ann Lee+Bo Chen');
    expect(lines[1]).toBe(
      'A highlighted passage.|A note with **Markdown**.|sample+two words|blue|2025-06-20T00:00:00.000Z|2025-06-21T00:00:00.000Z|summit-reader://talk/sample--a-talk#sample--a-talk-b1|sample--a-talk-b1',
    );
  });
});

describe('a template with an error', () => {
  it.each([
    ['an unclosed tag', 'Title\n\n{% if talk.title %}\nno end', 3, /not closed/],
    ['an unknown filter', '# {{ title }}\n{{ title | shout }}', 2, /undefined filter: shout/],
    ['an unknown tag', 'a\nb\nc\n{% frobnicate %}', 4, /frobnicate/],
    ['a filter given too few arguments', 'one\n{{ title | append }}', 2, /append/],
  ])('names the line of %s', (_label, template, line, message) => {
    const result = renderExport(template, rustCase);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(line);
    expect(result.error.message).toMatch(message);
    expect(describeTemplateError(result.error)).toMatch(new RegExp(`^Line ${line}: `));
  });

  it('cannot read files', () => {
    const result = renderExport('{% include "/etc/passwd" %}{% render "package.json" %}', rustCase);
    expect(result.ok).toBe(false);
  });

  it('cannot run away with memory or time', () => {
    const memory = renderExport('{% for i in (1..100000000) %}{{ i }}{% endfor %}', rustCase);
    expect(memory).toMatchObject({ ok: false, error: { message: expect.stringMatching(/too much text/) } });
    const loop = '{% for i in (1..100000) %}{% for j in (1..100000) %}{% endfor %}{% endfor %}';
    const time = renderExport(loop, rustCase, 50);
    expect(time).toMatchObject({ ok: false, error: { message: expect.stringMatching(/took too long/) } });
  });

  it('is refused by the check made before saving, including errors that show only while rendering', () => {
    const sample = (collection: boolean) => sampleExport('2026-01-01T00:00:00.000Z', collection);
    expect(checkTemplate(DEFAULT_TEMPLATE, sample).ok).toBe(true);
    expect(checkTemplate(COMPACT_TEMPLATE, sample).ok).toBe(true);
    expect(checkTemplate(LOGSEQ_TEMPLATE, sample).ok).toBe(true);
    expect(parseTemplate('{{ title | append }}').ok).toBe(true);
    expect(checkTemplate('ok\n{{ title | append }}', sample)).toMatchObject({ ok: false, error: { line: 2 } });
  });
});

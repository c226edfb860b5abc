// The built-in default template is written out in code (defaultExport.ts) instead of being
// interpreted. Both routes must give the same text: on the golden cases and on thousands of
// generated exports with awkward text (Markdown syntax, leading spaces, blank and multiline
// quotes and notes, fences left open, headings, PEP mentions, carriage returns, Liquid's own
// delimiters, private-use characters), tags with spaces, missing notes, speakers and summits,
// orphans, clashing block ids, both quote styles, citation keys, and one file or several talks.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS, type HighlightRecord, type TalkNoteRecord } from '../../src/shared/annotations';
import { DEFAULT_TEMPLATE } from '../../src/shared/export/builtInTemplates';
import { renderDefaultTemplate } from '../../src/shared/export/defaultExport';
import { exportVariables, type ExportInput, type TalkExportInput } from '../../src/shared/export/exportContext';
import { describeTemplateError, renderExport, renderWithLiquid, tidy } from '../../src/shared/export/exportTemplates';
import type { ExportHighlight, ExportTalk } from '../../src/shared/export/markdownExport';
import { EXPORT_CASES } from '../fixtures/exportCases';

/** What LiquidJS writes for the default template. */
function throughLiquid(input: ExportInput): string {
  const result = renderWithLiquid(DEFAULT_TEMPLATE, input);
  if (!result.ok) throw new Error(describeTemplateError(result.error));
  return result.value;
}

/** What the default's code writes, and what the app's export gives for the default. */
function bothOthers(input: ExportInput): { direct: string; exported: string } {
  const exported = renderExport(DEFAULT_TEMPLATE, input);
  if (!exported.ok) throw new Error(describeTemplateError(exported.error));
  return { direct: tidy(renderDefaultTemplate(exportVariables(input, { times: false }))), exported: exported.value };
}

const PIECES = [
  'a',
  'word',
  ' ',
  '   ',
  '    ',
  '\n',
  '\n\n',
  '\n\n\n',
  '\r\n',
  '\t',
  '# ',
  '## ',
  '####### ',
  '```',
  '~~~',
  '> ',
  '- ',
  '1. ',
  '*',
  '_',
  '`',
  '\\',
  '[x](y)',
  '<b>',
  '&',
  '|',
  '{{ x }}',
  '{% if %}',
  '-%}',
  'PEP 703',
  'pep-8',
  'PEPs 683 and 684',
  'PEP8',
  'https://peps.python.org/',
  '\uE000',
  '\uE0011\uE001',
  'Łukasz',
  '✨',
  '🐍',
  'مرحبا',
  '\u00a0',
  '\u2028',
  '---',
];

const awkward = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 12 })
  .map((parts) => parts.join(''));
const shortText = fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((parts) => parts.join(''));
const tags = fc.array(fc.oneof(fc.constantFrom('pyo3', 'error handling', 'a  b', 'ü', 'PEP 703'), shortText), {
  maxLength: 4,
});
const times = fc.integer({ min: 0, max: 4_102_444_800_000 });

const talkArbitrary: fc.Arbitrary<ExportTalk> = fc.record({
  talkId: fc.oneof(fc.constantFrom('summit-2024--rust', 'talk-python-514--transcript'), awkward),
  title: awkward,
  speakers: fc.array(fc.oneof(fc.constantFrom('Ann Lee', 'Łukasz Langa'), shortText), { maxLength: 3 }),
  summitYear: fc.option(fc.integer({ min: 2015, max: 2030 })),
  source: fc.record({
    title: awkward,
    kind: fc.constantFrom('article', 'episode', 'transcript', null),
    date: fc.option(fc.constantFrom('2024-06-14', '2025-06-17')),
  }),
});

function highlightArbitrary(talkId: string): fc.Arbitrary<ExportHighlight> {
  return fc
    .record({
      id: fc.oneof(fc.constantFrom('h1', 'h1', 'h-0001', 'a b/c'), fc.string({ maxLength: 12 })),
      color: fc.constantFrom(...HIGHLIGHT_COLORS),
      note: fc.oneof(fc.constant(''), fc.constant('   '), awkward),
      tags,
      exact: awkward,
      blockId: fc.option(fc.oneof(fc.constantFrom('b1', 'b1-2', 'b2', 'b 1', 'b/1'), shortText)),
      position: fc.integer({ min: 0, max: 40 }),
      orphan: fc.boolean(),
      createdAt: times,
      updatedAt: times,
    })
    .map(({ id, color, note, tags: chosen, exact, blockId, position, orphan, createdAt, updatedAt }) => {
      const record: HighlightRecord = {
        id,
        talkId,
        color,
        note,
        tags: chosen,
        selectors: {
          quote: { exact, prefix: '', suffix: '' },
          position: { blockId: blockId ?? 'b0', blockOffset: 0, start: position, end: position + exact.length },
        },
        citation: { talkTitle: 'T', speakers: [], summitYear: null, sourceTitle: 'S' },
        createdAt,
        updatedAt,
        deletedAt: null,
      };
      return { record, blockId: orphan ? null : blockId, position, orphan };
    });
}

const noteArbitrary = (talkId: string): fc.Arbitrary<TalkNoteRecord | null> =>
  fc.option(
    fc
      .record({ text: fc.oneof(fc.constant(''), fc.constant(' \n '), awkward), tags, at: times })
      .map(({ text, tags: chosen, at }) => ({
        talkId,
        text,
        tags: chosen,
        citation: { talkTitle: 'T', speakers: [], summitYear: null, sourceTitle: 'S' },
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      })),
  );

const talkInput: fc.Arbitrary<TalkExportInput> = talkArbitrary.chain((talk) =>
  fc.record({
    talk: fc.constant(talk),
    note: noteArbitrary(talk.talkId),
    highlights: fc.array(highlightArbitrary(talk.talkId), { maxLength: 8 }),
  }),
);

const exportInput: fc.Arbitrary<ExportInput> = fc
  .record({
    talks: fc.array(talkInput, { maxLength: 4 }),
    style: fc.constantFrom('blockquote' as const, 'callout' as const),
    citationKey: fc.boolean(),
    exportedAt: fc.constantFrom('2026-11-29T08:30:00.000Z', 'now'),
    collectionTitle: fc.option(awkward, { nil: undefined }),
  })
  .map(({ talks, style, citationKey, exportedAt, collectionTitle }) => ({
    // One talk per file, or any number in one file.
    talks: collectionTitle === undefined ? talks.slice(0, 1) : talks,
    options: { style, exportedAt, citationKey },
    ...(collectionTitle === undefined ? {} : { collectionTitle }),
  }));

describe('the default template written out in code', () => {
  it.each(EXPORT_CASES.map((exportCase) => [exportCase.name, exportCase] as const))(
    'writes %s as LiquidJS does',
    (_name, exportCase) => {
      const input: ExportInput = {
        talks: exportCase.talks,
        options: exportCase.talks[0].options,
        ...(exportCase.collectionTitle ? { collectionTitle: exportCase.collectionTitle } : {}),
      };
      const liquid = throughLiquid(input);
      expect(bothOthers(input)).toEqual({ direct: liquid, exported: liquid });
    },
  );

  it('writes every generated export as LiquidJS does', () => {
    fc.assert(
      fc.property(exportInput, (input) => {
        const liquid = throughLiquid(input);
        expect(bothOthers(input)).toEqual({ direct: liquid, exported: liquid });
      }),
      { numRuns: 1500 },
    );
  });

  it('is taken only for the default text itself: an edited copy is interpreted', () => {
    const input: ExportInput = {
      talks: EXPORT_CASES[1].talks,
      options: EXPORT_CASES[1].talks[0].options,
    };
    const edited = DEFAULT_TEMPLATE.replace('## Highlights', '## Passages');
    const result = renderExport(edited, input);
    expect(result.ok && result.value).toBe(throughLiquid(input).replace('## Highlights', '## Passages'));
  });
});

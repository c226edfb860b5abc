// The example in docs/export-format.md is the exporter's real output (the default template) for a
// highlight and a talk note on a bundled talk, so the documentation cannot drift from what the
// app writes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorHighlight } from '../../src/shared/anchoring/anchor';
import { describeRange } from '../../src/shared/anchoring/selectors';
import { buildTalkText, spanAt } from '../../src/shared/anchoring/talkText';
import { describeTemplateError, renderExport, talkToMarkdown } from '../../src/shared/export/exportTemplates';
import { sampleExport } from '../../src/shared/export/templateSample';
import { loadBundledLibrary } from '../fixtures/bundledCorpus';
import { highlightRecord, talkNoteRecord } from '../fixtures/records';

const TALK_ID = 'the-python-language-summit-2024-7cbfac--rust-in-python-panic';

function documentedExample(): string {
  const page = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'export-format.md'), 'utf8');
  const example = /## Example[\s\S]*?```markdown\n([\s\S]*?)```/.exec(page)?.[1];
  if (!example) throw new Error('docs/export-format.md has no Markdown example.');
  return example;
}

describe('docs/export-format.md', () => {
  it('shows exactly what the exporter writes for its example', async () => {
    const { library } = await loadBundledLibrary();
    const detail = library.talk(TALK_ID);
    if (!detail) throw new Error(`The bundled corpus has no talk ${TALK_ID}.`);
    const text = buildTalkText(detail.talk.blocks);
    const quote = 'BaseException is the correct choice';
    const start = text.text.indexOf(quote);
    const selectors = describeRange(text, start, start + quote.length);
    if (!selectors) throw new Error('The example quote is not in the talk.');
    const anchored = anchorHighlight(text, selectors);
    if (anchored.status !== 'anchored') throw new Error('The example quote does not anchor.');
    const markdown = talkToMarkdown(
      {
        talkId: TALK_ID,
        title: detail.talk.title,
        speakers: detail.talk.speakers,
        summitYear: detail.summitYear,
        source: { title: detail.source.title, kind: detail.source.kind, date: detail.source.date },
      },
      talkNoteRecord(TALK_ID, { text: 'PyO3 keeps `PanicException` a `BaseException`.', tags: ['rust'] }),
      [
        {
          record: highlightRecord('example', { talkId: TALK_ID, selectors, tags: ['pyo3'], note: 'The room agreed.' }),
          blockId: spanAt(text, anchored.start)?.blockId ?? null,
          position: anchored.start,
          orphan: false,
        },
      ],
      { style: 'blockquote', exportedAt: '2026-11-21T12:00:00.000Z' },
    );
    expect(documentedExample()).toBe(markdown);
  });
});

describe('docs/export-format.md template example', () => {
  it('renders as the page says: a heading per talk and a line per highlight', () => {
    const page = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'export-format.md'), 'utf8');
    const template = /```liquid\n([\s\S]*?)```/.exec(page)?.[1];
    if (!template) throw new Error('docs/export-format.md has no template example.');
    const result = renderExport(template, sampleExport('2026-11-21T12:00:00.000Z'));
    if (!result.ok) throw new Error(describeTemplateError(result.error));
    expect(result.value).toBe(
      [
        '## A sample talk',
        '- A highlighted passage\\. ([open](summit-reader://talk/sample--a-talk#sample--a-talk-b1)) #sample #two-words',
        '- Another passage, over two lines\\. ([open](summit-reader://talk/sample--a-talk#sample--a-talk-b4)) #sample #two-words',
        '',
      ].join('\n'),
    );
  });
});

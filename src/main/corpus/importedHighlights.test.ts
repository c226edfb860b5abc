// Highlights made on imported documents with the parsers before the document tree (three per talk
// on ten dev-set documents of both formats, their selectors as a backup carries them, generated
// with that build) against what today's parsers make of the same files. Stored parses are redone
// when PARSER_VERSION changes, so every one must anchor at the same words or be an orphan that the
// reader shows: none may anchor on other words, none may vanish.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorHighlight } from '../../shared/anchoring/anchor';
import type { HighlightSelectors } from '../../shared/anchoring/selectors';
import { buildTalkText } from '../../shared/anchoring/talkText';
import saved from './fixtures/importedHighlightsFromPreviousParsers.json';
import { parseDocumentBytes } from './parseDocument';

const documents = join(import.meta.dirname, '..', '..', '..', 'test', 'corpus-eval', 'docs');

describe('highlights on imported documents made with the previous parsers', () => {
  const talks = new Map<string, ReturnType<typeof buildTalkText>>();
  for (const file of new Set(saved.map((highlight) => highlight.file))) {
    const result = parseDocumentBytes(readFileSync(join(documents, file)));
    if (!result.ok) throw new Error(result.error);
    for (const talk of result.document.talks) talks.set(talk.id, buildTalkText(talk.blocks));
  }

  it(`each of the ${saved.length} anchors at its own words or is an orphan, and most anchor`, () => {
    const outcomes = saved.map((highlight) => {
      const text = talks.get(highlight.talkId) ?? null;
      const selectors = highlight.selectors as HighlightSelectors;
      const result = anchorHighlight(text, selectors);
      if (result.status !== 'anchored') return 'orphan';
      return text && text.text.slice(result.start, result.end) === selectors.quote.exact ? 'same words' : 'elsewhere';
    });
    expect(outcomes.filter((outcome) => outcome === 'elsewhere')).toEqual([]);
    expect(outcomes.length).toBe(saved.length);
    expect(outcomes.filter((outcome) => outcome === 'same words').length).toBeGreaterThanOrEqual(saved.length * 0.95);
  });
});

// Highlights made on the bundled talks with the previous parsers (their selectors, as a backup
// carries them, in fixtures/) must anchor on the text today's parsers produce: none may be lost.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorHighlight } from '../../shared/anchoring/textAnchors';
import type { HighlightSelectors } from '../../shared/anchoring/selectors';
import { buildTalkText } from '../../shared/anchoring/talkText';
import saved from './fixtures/highlightsFromPreviousParsers.json';
import { parseDocumentBytes } from './parseDocument';

const corpus = join(import.meta.dirname, '..', '..', '..', 'resources', 'corpus');

describe('highlights made with the previous parsers', () => {
  const talks = new Map<string, ReturnType<typeof buildTalkText>>();
  for (const file of new Set(saved.map((highlight) => highlight.file))) {
    const result = parseDocumentBytes(readFileSync(join(corpus, file)));
    if (!result.ok) throw new Error(result.error);
    for (const talk of result.document.talks) talks.set(talk.id, buildTalkText(talk.blocks));
  }

  it(`all ${saved.length} anchor on today's text, at the same words`, () => {
    const outcomes = saved.map((highlight) => {
      const text = talks.get(highlight.talkId);
      const selectors = highlight.selectors as HighlightSelectors;
      const result = text ? anchorHighlight(text, selectors) : { status: 'orphan' as const, reason: 'talk-missing' };
      return result.status === 'anchored' && text
        ? text.text.slice(result.start, result.end) === selectors.quote.exact
        : `${highlight.talkId}: ${result.status}`;
    });
    expect(outcomes.filter((outcome) => outcome !== true)).toEqual([]);
    expect(saved.length).toBeGreaterThan(90);
  });
});

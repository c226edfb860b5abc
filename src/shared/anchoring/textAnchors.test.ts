// The anchor classes are the one path a highlight is found by: the stored position checked against
// the quote, then the quote exactly, then fuzzily, then orphaned. The reader, the notebook, exports
// and main's corpus tests all call anchorHighlight, which is built from these classes.

import { describe, expect, it } from 'vitest';
import { describeRange } from './selectors';
import { buildTalkText, type TalkText } from './talkText';
import { anchorHighlight, TextPositionAnchor, TextQuoteAnchor } from './textAnchors';

function talk(...texts: string[]): TalkText {
  return buildTalkText(texts.map((text, index) => ({ id: `t-b${index + 1}`, text })));
}

function selectorsOf(text: TalkText, passage: string, occurrence = 0) {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) at = text.text.indexOf(passage, at + 1);
  const selectors = describeRange(text, at, at + passage.length);
  if (!selectors) throw new Error(`"${passage}" is not in the talk`);
  return selectors;
}

describe('the quote anchor', () => {
  it('keeps the context of a passage and finds the quote after text is added before it', () => {
    const before = talk('Eric proposed a per-interpreter GIL for 3.12.');
    const start = before.text.indexOf('per-interpreter GIL');
    const quote = TextQuoteAnchor.fromPosition(new TextPositionAnchor(before, start, start + 19));
    expect(quote.toSelector()).toEqual({
      exact: 'per-interpreter GIL',
      prefix: 'Eric proposed a ',
      suffix: ' for 3.12.',
    });
    const after = talk('A new opening paragraph.', 'Eric proposed a per-interpreter GIL for 3.12.');
    const moved = TextQuoteAnchor.fromSelector(after, quote.toSelector()).toPositionAnchor();
    expect(moved?.quote()).toBe('per-interpreter GIL');
    expect(moved?.toSelector().blockId).toBe('t-b2');
  });

  it('chooses the place whose context agrees, and finds none where two fit as well', () => {
    const root = talk('They said the GIL stays.', 'Others said the GIL goes.');
    const goes = TextQuoteAnchor.fromSelector(root, { exact: 'the GIL', prefix: 'Others said ', suffix: ' goes.' });
    expect(goes.toPositionAnchor()?.toSelector().blockId).toBe('t-b2');
    const twins = talk('We said the GIL.', 'We said the GIL.');
    const twin = TextQuoteAnchor.fromSelector(twins, { exact: 'the GIL', prefix: 'We said ', suffix: '.' });
    expect(twin.locate(null)).toEqual({ status: 'orphan', reason: 'ambiguous' });
  });

  it('describes a passage with both selectors', () => {
    const root = talk('Carl reported on the lazy imports PEP.');
    const selectors = new TextPositionAnchor(root, 21, 33).selectors();
    expect(selectors?.quote.exact).toBe('lazy imports');
    expect(selectors?.position).toMatchObject({ start: 21, end: 33, blockId: 't-b1' });
  });
});

describe('anchoring a stored highlight', () => {
  it('takes the stored position first, even where the quote recurs with the same context', () => {
    const text = talk('We said the GIL.', 'We said the GIL.');
    const second = selectorsOf(text, 'the GIL', 1);
    expect(anchorHighlight(text, second)).toMatchObject({ status: 'anchored', method: 'position' });
    expect(anchorHighlight(text, second)).toMatchObject({ start: second.position.start });
    // The quote anchor given the stored position agrees: there is no second path.
    const position = TextPositionAnchor.fromSelector(text, second.position);
    expect(TextQuoteAnchor.fromSelector(text, second.quote).toPositionAnchor(position)?.start).toBe(
      second.position.start,
    );
  });

  it('finds an unchanged quote that moved by its exact occurrence, before any fuzzy search', () => {
    const passage = 'the free-threaded build will become the default in a later release';
    const original = talk(`Sam said ${passage}, pending the steering council.`);
    const selectors = selectorsOf(original, passage);
    // A near copy with one letter changed and the same context sits closer to the old position.
    const changed = talk(
      `Sam said ${passage.replace('default', 'defoult')}, pending the steering council.`,
      `Later: Sam said ${passage}, pending the steering council.`,
    );
    const found = anchorHighlight(changed, selectors);
    expect(found).toMatchObject({ status: 'anchored', method: 'exact' });
    expect(found.status === 'anchored' && changed.text.slice(found.start, found.end)).toBe(passage);
  });

  it('falls back to the fuzzy search when the passage was edited', () => {
    const passage = 'subinterpreters share nothing but the allocator';
    const original = talk(`Eric explained that ${passage} today.`);
    const selectors = selectorsOf(original, passage);
    const changed = talk(`Eric explained that ${passage.replace('share nothing', 'shares nothing')} today.`);
    expect(anchorHighlight(changed, selectors)).toMatchObject({ status: 'anchored', method: 'fuzzy' });
  });

  it('orphans a highlight whose talk is gone or whose passage was deleted', () => {
    const text = talk('Pablo showed the new error messages.');
    const selectors = selectorsOf(text, 'new error messages');
    expect(anchorHighlight(null, selectors)).toEqual({ status: 'orphan', reason: 'talk-missing' });
    expect(anchorHighlight(talk('Nothing of it remains here.'), selectors)).toEqual({
      status: 'orphan',
      reason: 'not-found',
    });
  });
});

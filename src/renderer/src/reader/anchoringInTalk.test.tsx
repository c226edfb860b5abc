// Anchoring in real Chromium: a passage is selected in the rendered talk, the corpus text changes,
// and the highlight must land on the same passage or be orphaned, never anywhere else.

import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { anchorHighlight } from '../../../shared/anchoring/textAnchors';
import { describeRange, type HighlightSelectors } from '../../../shared/anchoring/selectors';
import { buildTalkText } from '../../../shared/anchoring/talkText';
import type { Block } from '../../../shared/model';
import { BlockList } from './BlockView';
import { offsetsForRange, rangesForOffsets } from '../anchoring/domText';

const PASSAGE = 'the per-interpreter GIL lets each subinterpreter run in parallel';

function paragraphs(...texts: string[]): Block[] {
  // Ids are numbered in reading order, as the parsers number them, so an insertion shifts them.
  return texts.map((text, index) => ({ id: `talk-b${index + 1}`, type: 'paragraph', text }));
}

const ORIGINAL = paragraphs(
  'Eric Snow opened with an update on isolating interpreter state.',
  `He explained that ${PASSAGE} on its own core, once the remaining globals are gone.`,
  'The room asked about extension modules and their static types.',
);

let root: Root | null = null;
let container: HTMLElement | null = null;

function render(blocks: Block[]): HTMLElement {
  root?.unmount();
  container?.remove();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  flushSync(() => root?.render(<BlockList blocks={blocks} />));
  return container;
}

afterEach(() => {
  root?.unmount();
  container?.remove();
  root = null;
  container = null;
});

/** Selects `text` in the rendered talk as a reader would, and returns what a highlight stores. */
function highlightPassage(blocks: Block[], text: string): HighlightSelectors {
  const element = render(blocks);
  const talkText = buildTalkText(blocks);
  const target = [...element.querySelectorAll('[data-text-of]')].find((node) => node.textContent?.includes(text));
  const textNode = target?.firstChild;
  if (!(textNode instanceof Text)) throw new Error('passage not rendered');
  const range = document.createRange();
  range.setStart(textNode, textNode.data.indexOf(text));
  range.setEnd(textNode, textNode.data.indexOf(text) + text.length);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const offsets = offsetsForRange(element, talkText, selection?.getRangeAt(0) ?? range);
  if (!offsets) throw new Error('selection has no talk offsets');
  const selectors = describeRange(talkText, offsets.start, offsets.end);
  if (!selectors) throw new Error('no selectors');
  return selectors;
}

/** Re-renders the changed talk, anchors, and reports where the highlight's ranges landed. */
function landing(
  blocks: Block[] | null,
  selectors: HighlightSelectors,
): { status: string; text?: string; blockIds?: string[] } {
  if (!blocks) return { status: anchorHighlight(null, selectors).status };
  const element = render(blocks);
  const talkText = buildTalkText(blocks);
  const result = anchorHighlight(talkText, selectors);
  if (result.status === 'orphan') return { status: `orphan:${result.reason}` };
  const ranges = rangesForOffsets(element, talkText, result.start, result.end);
  return {
    status: `anchored:${result.method}`,
    text: ranges.map((range) => range.toString()).join(''),
    blockIds: ranges.map(
      (range) => (range.startContainer.parentElement?.closest('[data-block-id]') as HTMLElement).dataset.blockId ?? '',
    ),
  };
}

describe('re-anchoring a highlight after the corpus changes', () => {
  it('lands on the same passage in an unchanged talk, by position', () => {
    const selectors = highlightPassage(ORIGINAL, PASSAGE);
    expect(selectors.quote.exact).toBe(PASSAGE);
    expect(selectors.position.blockId).toBe('talk-b2');
    expect(landing(ORIGINAL, selectors)).toEqual({ status: 'anchored:position', text: PASSAGE, blockIds: ['talk-b2'] });
  });

  it('follows the passage when text is inserted before it', () => {
    const selectors = highlightPassage(ORIGINAL, PASSAGE);
    const changed = paragraphs(
      'A new opening paragraph was added by the editor.',
      ...ORIGINAL.map((block) => block.text),
    );
    expect(landing(changed, selectors)).toEqual({ status: 'anchored:exact', text: PASSAGE, blockIds: ['talk-b3'] });
  });

  it('follows the passage when a typo inside it is fixed', () => {
    const typo = PASSAGE.replace('subinterpreter', 'subinterpeter');
    const selectors = highlightPassage(
      paragraphs(ORIGINAL[0].text, ORIGINAL[1].text.replace(PASSAGE, typo), ORIGINAL[2].text),
      typo,
    );
    expect(landing(ORIGINAL, selectors)).toEqual({ status: 'anchored:fuzzy', text: PASSAGE, blockIds: ['talk-b2'] });
  });

  it('picks the right copy when the passage is duplicated elsewhere', () => {
    const selectors = highlightPassage(ORIGINAL, PASSAGE);
    const changed = paragraphs(
      `A summary up front: ${PASSAGE}, said the chair before the talk began.`,
      ...ORIGINAL.map((block) => block.text),
    );
    const result = landing(changed, selectors);
    expect(result).toEqual({ status: 'anchored:exact', text: PASSAGE, blockIds: ['talk-b3'] });
  });

  it('orphans the highlight when the passage is deleted, even if words of it remain', () => {
    const selectors = highlightPassage(ORIGINAL, PASSAGE);
    const changed = paragraphs(ORIGINAL[0].text, 'He explained the remaining globals and the GIL.', ORIGINAL[2].text);
    expect(landing(changed, selectors)).toEqual({ status: 'orphan:not-found' });
  });

  it('orphans the highlight when its whole talk is removed', () => {
    const selectors = highlightPassage(ORIGINAL, PASSAGE);
    expect(landing(null, selectors)).toEqual({ status: 'orphan' });
  });

  it('orphans rather than guesses between two copies with the same context', () => {
    const line = 'We discussed the GIL today.';
    const original = paragraphs(line, line, line);
    const element = render(original);
    const talkText = buildTalkText(original);
    const middle = talkText.spans[1].start + line.indexOf('the GIL');
    const selectors = describeRange(talkText, middle, middle + 'the GIL'.length);
    expect(element.textContent).toContain(line);
    if (!selectors) throw new Error('no selectors');
    // After an insertion, the second and third copies both sit between copies, as the original did.
    const changed = paragraphs('An insert.', line, line, line, line);
    expect(landing(changed, selectors)).toEqual({ status: 'orphan:ambiguous' });
  });

  it('maps a selection across blocks to one range per block, skipping what lies between', () => {
    const blocks: Block[] = [
      { id: 't-b1', type: 'paragraph', text: 'First paragraph ends here.' },
      { id: 't-b2', type: 'quote', text: 'A quoted line.', attribution: 'Someone' },
      { id: 't-b3', type: 'paragraph', text: 'Third paragraph.' },
    ];
    const element = render(blocks);
    const talkText = buildTalkText(blocks);
    const start = talkText.text.indexOf('ends');
    const end = talkText.text.indexOf(' paragraph.', start + 10);
    const ranges = rangesForOffsets(element, talkText, start, end);
    expect(ranges.map((range) => range.toString())).toEqual(['ends here.', 'A quoted line.', 'Third']);
    const whole = document.createRange();
    whole.setStart(ranges[0].startContainer, ranges[0].startOffset);
    whole.setEnd(ranges[2].endContainer, ranges[2].endOffset);
    expect(offsetsForRange(element, talkText, whole)).toEqual({ start, end });
  });
});

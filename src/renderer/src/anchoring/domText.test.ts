// Position anchors and DOM ranges in real Chromium: from a selection to selectors and back to the
// ranges that are painted, skipping the chrome between blocks.

import { afterEach, describe, expect, it } from 'vitest';
import { buildTalkText, type TalkText } from '../../../shared/anchoring/talkText';
import { TextPositionAnchor } from '../../../shared/anchoring/textAnchors';
import { positionForRange, rangesForOffsets } from './domText';

interface AnchorRoot {
  text: TalkText;
  element: HTMLElement;
}

/** The painted ranges of a position, and the whole passage as one range. */
function rangesOf(root: AnchorRoot, position: TextPositionAnchor): Range[] {
  return rangesForOffsets(root.element, root.text, position.start, position.end);
}

function wholeRange(root: AnchorRoot, position: TextPositionAnchor): Range {
  const ranges = rangesOf(root, position);
  const range = document.createRange();
  range.setStart(ranges[0].startContainer, ranges[0].startOffset);
  const last = ranges[ranges.length - 1];
  range.setEnd(last.endContainer, last.endOffset);
  return range;
}

const containers: HTMLElement[] = [];
afterEach(() => containers.splice(0).forEach((element) => element.remove()));

/** A talk rendered as the reader renders it: one text element per block, with chrome between. */
function rendered(texts: string[]): AnchorRoot {
  const blocks = texts.map((text, index) => ({ id: `t-b${index + 1}`, text }));
  const element = document.createElement('article');
  for (const block of blocks) {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<span class="timestamp">00:01</span>';
    const text = document.createElement('p');
    text.dataset.textOf = block.id;
    text.append(
      block.text.slice(0, 5),
      Object.assign(document.createElement('em'), { textContent: block.text.slice(5) }),
    );
    wrapper.append(text);
    element.append(wrapper);
  }
  document.body.append(element);
  containers.push(element);
  return { text: buildTalkText(blocks), element };
}

/** A range over `passage`, which must lie inside one block's emphasised tail (see `rendered`). */
function rangeOver(root: AnchorRoot, passage: string): Range {
  const tail = [...root.element.querySelectorAll('em')].find((em) => em.textContent?.includes(passage));
  const text = tail?.firstChild;
  if (!(text instanceof Text)) throw new Error(`"${passage}" is not rendered`);
  const range = document.createRange();
  range.setStart(text, text.data.indexOf(passage));
  range.setEnd(text, text.data.indexOf(passage) + passage.length);
  return range;
}

describe('the position anchor', () => {
  it('goes from a range to a selector and back to the same passage', () => {
    const root = rendered(['Pablo asked about the free-threaded build.', 'The room agreed to try it in 3.13.']);
    const position = positionForRange(root.element, root.text, rangeOver(root, 'agreed to try it'));
    expect(position?.quote()).toBe('agreed to try it');
    const selector = position?.toSelector();
    expect(selector).toMatchObject({ blockId: 't-b2', blockOffset: 9 });
    const again = selector && TextPositionAnchor.fromSelector(root.text, selector);
    expect(again && wholeRange(root, again).toString()).toBe('agreed to try it');
  });

  it('paints one range per block, skipping the chrome between them', () => {
    const root = rendered(['First block text.', 'Second block text.']);
    const position = new TextPositionAnchor(root.text, 6, root.text.text.indexOf(' text.', 19));
    const ranges = rangesOf(root, position);
    expect(ranges.map((range) => range.toString())).toEqual(['block text.', 'Second block']);
    expect(wholeRange(root, position).toString()).toContain('00:01');
  });

  it('refuses a stored position outside the talk, and a range outside its text', () => {
    const root = rendered(['Short.']);
    expect(
      TextPositionAnchor.fromSelector(root.text, { blockId: 't-b1', blockOffset: 0, start: 2, end: 99 }),
    ).toBeNull();
    const chrome = document.createRange();
    chrome.selectNodeContents(root.element.querySelector('.timestamp') as Node);
    expect(positionForRange(root.element, root.text, chrome)).toBeNull();
  });
});

// The quote and position anchors in real Chromium: from a DOM range to selectors and back, and a
// quote found again after the text around it changed, or refused when two places fit as well.

import { afterEach, describe, expect, it } from 'vitest';
import { buildTalkText } from '../../../shared/anchoring/talkText';
import { describe as describePassage, TextPositionAnchor, TextQuoteAnchor, type AnchorRoot } from './textAnchors';

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

function rangeOver(root: AnchorRoot, passage: string): Range {
  const element = root.element as HTMLElement;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(passage);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + passage.length);
    return range;
  }
  throw new Error(`"${passage}" is not rendered`);
}

describe('the position anchor', () => {
  it('goes from a range to a selector and back to the same passage', () => {
    const root = rendered(['Pablo asked about the free-threaded build.', 'The room agreed to try it in 3.13.']);
    const position = TextPositionAnchor.fromRange(root, rangeOver(root, 'agreed to try it'));
    expect(position?.quote()).toBe('agreed to try it');
    const selector = position?.toSelector();
    expect(selector).toMatchObject({ blockId: 't-b2', blockOffset: 9 });
    const again = selector && TextPositionAnchor.fromSelector(root, selector);
    expect(again?.toRange().toString()).toBe('agreed to try it');
  });

  it('paints one range per block, skipping the chrome between them', () => {
    const root = rendered(['First block text.', 'Second block text.']);
    const position = new TextPositionAnchor(root, 6, root.text.text.indexOf(' text.', 19));
    const ranges = position.toRanges();
    expect(ranges.map((range) => range.toString())).toEqual(['block text.', 'Second block']);
    expect(position.toRange().toString()).toContain('00:01');
  });

  it('refuses a stored position outside the talk, and a range outside its text', () => {
    const root = rendered(['Short.']);
    expect(TextPositionAnchor.fromSelector(root, { blockId: 't-b1', blockOffset: 0, start: 2, end: 99 })).toBeNull();
    const chrome = document.createRange();
    chrome.selectNodeContents(root.element?.querySelector('.timestamp') as Node);
    expect(TextPositionAnchor.fromRange(root, chrome)).toBeNull();
  });

  it('says clearly that a talk not on the page has no ranges', () => {
    const root = { text: buildTalkText([{ id: 'b', text: 'Off the page.' }]) };
    expect(() => new TextPositionAnchor(root, 0, 3).toRange()).toThrow('not on the page');
  });
});

describe('the quote anchor', () => {
  it('keeps the context of a selection and finds the quote after text is added before it', () => {
    const before = rendered(['Eric proposed a per-interpreter GIL for 3.12.']);
    const quote = TextQuoteAnchor.fromRange(before, rangeOver(before, 'per-interpreter GIL'));
    expect(quote?.toSelector()).toEqual({
      exact: 'per-interpreter GIL',
      prefix: 'Eric proposed a ',
      suffix: ' for 3.12.',
    });
    const after = rendered(['A new opening paragraph.', 'Eric proposed a per-interpreter GIL for 3.12.']);
    const moved = quote && TextQuoteAnchor.fromSelector(after, quote.toSelector()).toPositionAnchor(0);
    expect(moved?.quote()).toBe('per-interpreter GIL');
    expect(moved?.toSelector().blockId).toBe('t-b2');
  });

  it('chooses the place whose context agrees, and finds none where two fit as well', () => {
    const root = rendered(['They said the GIL stays.', 'Others said the GIL goes.']);
    const goes = TextQuoteAnchor.fromSelector(root, { exact: 'the GIL', prefix: 'Others said ', suffix: ' goes.' });
    expect(goes.toPositionAnchor()?.toSelector().blockId).toBe('t-b2');
    const twins = rendered(['We said the GIL.', 'We said the GIL.']);
    expect(
      TextQuoteAnchor.fromSelector(twins, { exact: 'the GIL', prefix: 'We said ', suffix: '.' }).toRange(),
    ).toBeNull();
  });

  it('describes a passage with both selectors', () => {
    const root = rendered(['Carl reported on the lazy imports PEP.']);
    const selectors = describePassage(new TextPositionAnchor(root, 21, 33));
    expect(selectors?.quote.exact).toBe('lazy imports');
    expect(selectors?.position).toMatchObject({ start: 21, end: 33, blockId: 't-b1' });
  });
});

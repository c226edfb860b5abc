// PEP mentions as controls, in real Chromium: in a talk's blocks they leave the text (and so the
// highlight anchors) as it was, and in a note's Markdown they appear outside code and links only.

import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { buildTalkText } from '../../../shared/anchoring/talkText';
import type { Block } from '../../../shared/model';
import { offsetsForRange, rangesForOffsets } from '../anchoring/domText';
import MarkdownRenderer from '../ui/MarkdownRenderer';
import { PepCardContext } from '../ui/PepMention';
import { BlockList } from './BlockView';

let root: Root | null = null;
let host: HTMLElement | null = null;
const opened: number[] = [];

function render(element: React.JSX.Element): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  flushSync(() =>
    root?.render(<PepCardContext.Provider value={(pep) => opened.push(pep)}>{element}</PepCardContext.Provider>),
  );
  return host;
}

afterEach(() => {
  root?.unmount();
  host?.remove();
  opened.length = 0;
});

const BLOCKS: Block[] = [
  { id: 't-b1', type: 'paragraph', text: 'Snow presented PEPs 683 and 684, and Gross PEP 703 later.' },
  { id: 't-b2', type: 'list', text: 'see PEP-554\nand more', items: ['see PEP-554', 'and more'], ordered: false },
  { id: 't-b3', type: 'code', text: 'import pep703  # PEP 703' },
];

it('keeps every block’s text, so a passage across a mention anchors where it was', () => {
  const element = render(<BlockList blocks={BLOCKS} />);
  const buttons = [...element.querySelectorAll<HTMLButtonElement>('button.pep-mention')];
  expect(buttons.map((button) => [button.textContent, button.dataset.pep])).toEqual([
    ['PEPs 683', '683'],
    ['684', '684'],
    ['PEP 703', '703'],
    ['PEP-554', '554'],
  ]);
  for (const block of BLOCKS)
    expect(element.querySelector(`[data-text-of="${block.id}"]`)?.textContent).toBe(block.text);

  // A passage that starts before a mention and ends inside another maps to the same talk offsets.
  const talkText = buildTalkText(BLOCKS);
  const start = talkText.text.indexOf('presented PEPs');
  const end = talkText.text.indexOf('684') + 2;
  const [range] = rangesForOffsets(element, talkText, start, end);
  expect(range.toString()).toBe('presented PEPs 683 and 68');
  expect(offsetsForRange(element, talkText, range)).toEqual({ start, end });

  buttons[2].click();
  expect(opened).toEqual([703]);
});

it('makes controls of mentions in a note’s prose, not in its code or links', () => {
  const element = render(
    <MarkdownRenderer markdown={'Became **PEP 703**; see `PEP 8` and [PEP 684](https://peps.python.org/pep-0684/).'} />,
  );
  const buttons = [...element.querySelectorAll<HTMLButtonElement>('button.pep-mention')];
  expect(buttons.map((button) => button.textContent)).toEqual(['PEP 703']);
  expect(element.querySelector('strong button.pep-mention')).not.toBeNull();
  expect(element.querySelector('code')?.textContent).toBe('PEP 8');
  buttons[0].click();
  expect(opened).toEqual([703]);
});

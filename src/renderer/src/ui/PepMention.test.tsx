// PEP mentions in a note's Markdown, in real Chromium: controls appear in its prose, never in its
// code or links, and open the PEP's card.

import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import MarkdownRenderer from './MarkdownRenderer';
import { PepCardContext } from './PepMention';

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

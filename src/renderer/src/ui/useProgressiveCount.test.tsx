// A long list grows a slice per task until it is whole, and starts again when its filters change.
// Rendered as the app renders (no act(), which would run every later task at once).

import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useProgressiveCount } from './useProgressiveCount';

function Counted({ total, filter }: { total: number; filter: string }): React.JSX.Element {
  const count = useProgressiveCount(total, filter, 10, 25);
  return <output>{count}</output>;
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 2000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

let host: HTMLElement;
let seen: string[];
let observer: MutationObserver;

beforeEach(() => {
  host = document.createElement('div');
  seen = [];
  observer = new MutationObserver(() => seen.push(host.textContent ?? ''));
  observer.observe(host, { subtree: true, characterData: true, childList: true });
});

afterEach(() => observer.disconnect());

describe('a count that grows a slice at a time', () => {
  it('shows the first slice, then grows in later tasks to the whole', async () => {
    const root = createRoot(host);
    root.render(<Counted total={80} filter="all" />);
    await until(() => host.textContent === '80');
    expect(seen).toEqual(['10', '35', '60', '80']);
    seen.length = 0;
    root.render(<Counted total={80} filter="unread" />);
    await until(() => seen.at(-1) === '80');
    expect(seen).toEqual(['10', '35', '60', '80']);
    root.unmount();
  });

  it('shows a short list whole at once', async () => {
    const root = createRoot(host);
    root.render(<Counted total={4} filter="all" />);
    await until(() => host.textContent !== '');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual(['4']);
    root.unmount();
  });
});

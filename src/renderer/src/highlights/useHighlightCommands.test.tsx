// The reader provides its highlight commands as capabilities; they must stay the same object while
// nothing they depend on changes, or the reader would offer new ones on every render.

import { createRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { buildTalkText } from '../../../shared/anchoring/talkText';
import type { HighlightRecord, TalkCitation } from '../../../shared/annotations';
import { ToastProvider } from '../ui/ToastProvider';
import { useHighlightCommands, type HighlightCommands } from './useHighlightCommands';

let root: Root | null = null;
afterEach(() => {
  root?.unmount();
  root = null;
  document.body.replaceChildren();
});

const talkText = buildTalkText([{ id: 't-b1', text: 'A passage.' }]);
const citation: TalkCitation = { talkTitle: 'T', speakers: [], summitYear: 2024, sourceTitle: 'S' };
const bodyRef = createRef<HTMLElement>();
const highlights: HighlightRecord[] = [];
const ignore = (): void => undefined;
const seen: HighlightCommands[] = [];

function Reader({ activeId }: { activeId: string | null; render: number }): null {
  seen.push(
    useHighlightCommands({
      talkId: 'talk',
      talkText,
      citation,
      bodyRef,
      highlights,
      activeId,
      setActiveId: ignore,
      setEditingId: ignore,
      reattachingId: null,
      setReattachingId: ignore,
    }),
  );
  return null;
}

it('returns the same commands across renders, and new ones when what they use changes', () => {
  root = createRoot(document.body.appendChild(document.createElement('div')));
  const show = (activeId: string | null, render: number): void =>
    flushSync(() =>
      root?.render(
        <ToastProvider>
          <Reader activeId={activeId} render={render} />
        </ToastProvider>,
      ),
    );
  show(null, 1);
  show(null, 2);
  expect(seen).toHaveLength(2);
  expect(seen[1]).toBe(seen[0]);
  show('h1', 3);
  expect(seen[2]).not.toBe(seen[1]);
});

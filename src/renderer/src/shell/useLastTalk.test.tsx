// Reopening the last talk in real Chromium when the database does not open at once, as after the
// app was killed: a read that fails for a moment is tried again, and one that keeps failing is
// told to the reader. Neither may pass for "no last talk", which would show the welcome page.

import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import type { View } from '../navigation/view';
import { deleteTestDatabases, failNextOpens, freshTables, type FailingOpens } from '../storage/testTables';
import { LastTalkNotice } from './LastTalkNotice';
import { useLastTalk } from './useLastTalk';

let root: Root | null = null;
let failing: FailingOpens | null = null;
afterEach(async () => {
  root?.unmount();
  root = null;
  failing?.restore();
  failing = null;
  document.body.replaceChildren();
  // The app's decision is kept on the document, which outlives each test's render.
  delete document.documentElement.dataset.lastTalkChecked;
  await deleteTestDatabases();
});

/** The shell's choice for the right-hand side: the talk reopened, the notice, or the welcome page. */
function Shell(): React.JSX.Element {
  const [view, setView] = useState<View>(null);
  const { lastTalk, retry } = useLastTalk(setView);
  if (view?.kind === 'talk') return <h1>Talk {view.id}</h1>;
  if (lastTalk.status === 'looking' || lastTalk.status === 'failed')
    return <LastTalkNotice lastTalk={lastTalk} onRetry={retry} />;
  return <h1>Welcome</h1>;
}

function start(): HTMLElement {
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  flushSync(() => root?.render(<Shell />));
  return container;
}

const heading = (container: HTMLElement): string => container.querySelector('h1')?.textContent ?? '';
const alert = (container: HTMLElement): string => container.querySelector('[role="alert"]')?.textContent ?? '';

async function withLastTalk(id: string | null): Promise<void> {
  const tables = freshTables();
  if (id) await tables.settings.put({ key: 'lastTalkId', value: id, updatedAt: 1 });
}

it('reopens the last talk when the first openings of the database fail', async () => {
  await withLastTalk('2025-jit');
  // Dexie tries an UnknownError again three times itself: four failures make its open fail.
  failing = failNextOpens(4);
  const container = start();
  expect(heading(container)).toBe('');
  await expect.poll(() => heading(container)).toBe('Talk 2025-jit');
  expect(failing.failed()).toBe(4);
});

it('tells the reader, instead of showing the welcome page, when the last talk cannot be read', async () => {
  await withLastTalk('2025-jit');
  failing = failNextOpens(Number.POSITIVE_INFINITY);
  const container = start();
  await expect.poll(() => alert(container), { timeout: 15_000 }).toContain('Where you left off could not be read');
  expect(heading(container)).toBe('');
  expect(document.documentElement.dataset.lastTalkChecked).toBe('failed');
  // Once the database opens again, "Try again" reopens the talk. While it looks again, the app's
  // decision is pending again: the earlier failure is not left for a test to read as the answer.
  failing.restore();
  container.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
  expect(document.documentElement.dataset.lastTalkChecked).toBeUndefined();
  await expect.poll(() => heading(container)).toBe('Talk 2025-jit');
  expect(document.documentElement.dataset.lastTalkChecked).toBe('true');
});

it('shows the welcome page when no talk was read before', async () => {
  await withLastTalk(null);
  const container = start();
  await expect.poll(() => heading(container)).toBe('Welcome');
  expect(document.documentElement.dataset.lastTalkChecked).toBe('true');
});

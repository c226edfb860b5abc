// In real Chromium: when the reader's highlights and notes cannot be read even after the database
// is reopened and tried again, the window says so (never an empty notebook passed off as "none"),
// and "Try again" reads them once the database opens. Each test starts with no shared copy and no
// failure: the cleanup's deleteTestDatabases forgets them, and each test reads its own highlight, so
// none can pass on what an earlier one read.

import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { highlightRecord } from '../../../../test/fixtures/records';
import { liveAnnotationsNow, subscribeLiveAnnotations } from '../storage/liveAnnotations';
import { deleteTestDatabases, failNextOpens, freshTables, type FailingOpens } from '../storage/testTables';
import { AnnotationsReadNotice } from './AnnotationsReadNotice';

let root: Root | null = null;
let failing: FailingOpens | null = null;
const stops: (() => void)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  root?.unmount();
  root = null;
  failing?.restore();
  failing = null;
  document.body.replaceChildren();
  // Also forgets the shared copy of annotations and its failure.
  await deleteTestDatabases();
});

function show(): HTMLElement {
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  flushSync(() => root?.render(<AnnotationsReadNotice />));
  return container;
}

const alert = (container: HTMLElement): string => container.querySelector('[role="alert"]')?.textContent ?? '';

it('says the highlights could not be read, and reads them on Try again once the database opens', async () => {
  const tables = freshTables();
  await tables.highlights.put(highlightRecord('kept-one'));
  failing = failNextOpens(Number.POSITIVE_INFINITY);
  const container = show();
  stops.push(subscribeLiveAnnotations(() => undefined));
  await expect.poll(() => alert(container), { timeout: 15_000 }).toContain('could not be read');
  expect(liveAnnotationsNow()).toBeUndefined();

  failing.restore();
  container.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
  await expect.poll(() => liveAnnotationsNow()?.highlights.has('kept-one')).toBe(true);
  await expect.poll(() => alert(container)).toBe('');
});

it('shows nothing when the highlights are read', async () => {
  expect(liveAnnotationsNow()).toBeUndefined();
  const tables = freshTables();
  await tables.highlights.put(highlightRecord('read-here'));
  const container = show();
  stops.push(subscribeLiveAnnotations(() => undefined));
  await expect.poll(() => liveAnnotationsNow()?.highlights.has('read-here')).toBe(true);
  expect(liveAnnotationsNow()?.highlights.has('kept-one')).toBe(false);
  expect(alert(container)).toBe('');
});

// Reads that reopen the database, in real Chromium: a read waits out openings that fail for a
// moment, gives up after a bounded number of tries, or once its deadline has passed, and then
// throws, and a refusal that trying again cannot change is thrown at once.

import { afterEach, expect, it } from 'vitest';
import { recordCount } from './backupTables';
import { readStored, REOPEN_WAITS_MS, RETRY_DEADLINE_MS } from './reads';
import { deleteTestDatabases, failNextOpens, freshTables, type FailingOpens } from './testTables';

let failing: FailingOpens | null = null;
afterEach(async () => {
  failing?.restore();
  failing = null;
  await deleteTestDatabases();
});

const highlight = {
  id: 'h1',
  talkId: 't1',
  color: 'yellow',
  note: '',
  tags: [],
  selectors: { quote: { type: 'TextQuoteSelector', exact: 'a', prefix: '', suffix: '' } },
  createdAt: 1,
  updatedAt: 1,
  deletedAt: null,
} as never;

it('reads once the database opens, after openings that failed', async () => {
  await freshTables().highlights.put(highlight);
  failing = failNextOpens(5);
  expect(await recordCount()).toBe(1);
  expect(failing.failed()).toBe(5);
});

it('throws after its bounded tries when the database never opens, never answering "nothing"', async () => {
  await freshTables().highlights.put(highlight);
  failing = failNextOpens(Number.POSITIVE_INFINITY);
  await expect(recordCount()).rejects.toThrow(/backing store/);
  // It reopened between tries, and stopped.
  const failed = failing.failed();
  expect(failed).toBeGreaterThan(REOPEN_WAITS_MS.length);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(failing.failed()).toBe(failed);
});

it('starts no new try once its deadline has passed, however long each try took', async () => {
  await freshTables().highlights.put(highlight);
  // Each refusal takes a quarter of the deadline and more; Dexie opens four times per try, so the
  // first try alone outlasts the deadline.
  failing = failNextOpens(Number.POSITIVE_INFINITY, RETRY_DEADLINE_MS / 4 + 50);
  await expect(recordCount()).rejects.toThrow(/backing store/);
  expect(failing.failed()).toBe(4);
}, 30_000);

it('throws at once a failure that trying again cannot change', async () => {
  freshTables();
  let calls = 0;
  const refused = new DOMException('The data is not valid.', 'DataError');
  await expect(
    readStored(async () => {
      calls++;
      throw refused;
    }),
  ).rejects.toBe(refused);
  expect(calls).toBe(1);
});

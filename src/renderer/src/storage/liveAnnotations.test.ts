// The shared live copy of the annotations in real IndexedDB: read whole once, then kept current
// from each write's changed keys, without re-reading the tables.

import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightRecord } from '../../../../test/fixtures/records';
import { wipeAll } from './backupTables';
import { createHighlight, deleteHighlight, updateHighlight } from './highlights';
import { liveAnnotationsNow, subscribeLiveAnnotations, type LiveAnnotations } from './liveAnnotations';
import { setRead } from './readingState';
import { deleteTestDatabases, freshDatabase } from './testDatabase';

const stops: (() => void)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const stop of stops.splice(0)) stop();
  await deleteTestDatabases();
});

/**
 * Resolves with the shared copy once `ready` holds for it. Each condition names the state the write
 * must produce (a present record with the new value), never one an untouched copy already meets.
 */
function until(ready: (annotations: LiveAnnotations) => boolean): Promise<LiveAnnotations> {
  return new Promise((resolve) => {
    const check = (): void => {
      const now = liveAnnotationsNow();
      if (now && ready(now)) resolve(now);
    };
    stops.push(subscribeLiveAnnotations(check));
    check();
  });
}

/** Whole reads of any table: Dexie hands out a fresh table object per use, so spy on their prototype. */
function spyOnWholeReads(database: ReturnType<typeof freshDatabase>) {
  return vi.spyOn(Object.getPrototypeOf(database.highlights) as { toArray: () => unknown }, 'toArray');
}

const { selectors, citation } = highlightRecord('fixture');

describe('the shared live copy of the annotations', () => {
  it('reads the tables once, then follows each write by its keys alone', async () => {
    const database = freshDatabase();
    await database.highlights.bulkPut([highlightRecord('a'), highlightRecord('b', { talkId: 'talk-b' })]);
    await until((now) => now.highlights.size === 2);
    const wholeReads = spyOnWholeReads(database);

    const created = await createHighlight({ talkId: 'talk-c', color: 'red', selectors, citation });
    if (!created) throw new Error('not saved');
    await until((now) => now.highlights.has(created.id));
    await updateHighlight('a', { note: 'changed' });
    await until((now) => now.highlights.get('a')?.note === 'changed');
    await deleteHighlight('b');
    const after = await until((now) => typeof now.highlights.get('b')?.deletedAt === 'number');
    await setRead('talk-a', true);
    const read = await until((now) => now.readingState.get('talk-a')?.read === true);

    expect(wholeReads).not.toHaveBeenCalled();
    expect([...after.highlights.keys()].sort()).toEqual(['a', 'b', created.id].sort());
    expect(read.highlights.get('b')?.deletedAt).toEqual(expect.any(Number));
  });

  it('reads everything again when following a write fails, rather than keeping a stale copy', async () => {
    const database = freshDatabase();
    await database.highlights.bulkPut([highlightRecord('a')]);
    await until((now) => now.highlights.size === 1);
    // Reads by key outside a write's transaction (the copy following a write) fail; the write's own
    // reads inside its transaction go through.
    const prototype = Object.getPrototypeOf(database.highlights) as { bulkGet: (keys: string[]) => Promise<unknown> };
    const bulkGet = prototype.bulkGet;
    let failed = 0;
    vi.spyOn(prototype, 'bulkGet').mockImplementation(function (this: unknown, keys: string[]) {
      if (Dexie.currentTransaction) return bulkGet.call(this, keys);
      failed++;
      return Promise.reject(new DOMException('Reading by key fails', 'UnknownError'));
    });
    await updateHighlight('a', { note: 'changed' });
    await until((now) => now.highlights.get('a')?.note === 'changed');
    expect(failed).toBeGreaterThan(0);
  });

  it('re-reads a table when a range of it changes, as a wipe or restore does', async () => {
    const database = freshDatabase();
    await database.highlights.bulkPut([highlightRecord('a'), highlightRecord('b')]);
    const before = await until((now) => now.highlights.size === 2);
    const wholeReads = spyOnWholeReads(database);
    await wipeAll();
    const after = await until((now) => now !== before && now.highlights.size === 0);
    // The wipe named a range, not keys: the table was read again, whole.
    expect(wholeReads).toHaveBeenCalled();
    expect(after.highlights.size).toBe(0);
  });
});

// Backup and restore against real IndexedDB in Chromium: lossless round trips, merges by newest
// update, and bad files that change nothing.

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/backup/backupFormat';
import { parseBackup } from '../../../shared/backup/backupParser';
import { applyRestore, createBackup, planRestore, wipeAll } from './backupTables';
import type { SummitDatabase } from './db';
import { highlightRecord as highlight } from '../../../../test/fixtures/records';
import { deleteTestDatabases, freshDatabase as database } from './testDatabase';

afterEach(deleteTestDatabases);

async function roundTrip(db: SummitDatabase): Promise<void> {
  const first = await createBackup('fixed');
  const file = JSON.stringify(first);
  await wipeAll();
  expect(await db.highlights.count()).toBe(0);
  const parsed = parseBackup(file);
  if (!parsed.ok) throw new Error(parsed.error);
  await applyRestore(parsed.backup);
  const second = await createBackup('fixed');
  expect(canonicalJson(second)).toBe(canonicalJson(first));
}

describe('backup and restore', () => {
  it('backup → wipe → restore → backup gives an identical file', async () => {
    const db = database();
    await db.highlights.bulkPut([highlight('h1'), highlight('h2', { deletedAt: 30, updatedAt: 30 })]);
    await db.talkNotes.put({
      talkId: 'talk-a',
      text: '# Heading\n\nÆ ✨ 🌲',
      tags: [],
      citation: highlight('x').citation,
      createdAt: 1,
      updatedAt: 2,
      deletedAt: null,
    });
    await db.readingState.put({ talkId: 'talk-a', blockId: 'talk-a-b9', progress: 0.4, read: false, updatedAt: 5 });
    await db.drafts.put({ key: 'talk:talk-a', text: 'half a thought', tags: [], updatedAt: 6 });
    await db.settings.put({ key: 'reader', value: { theme: 'sepia', fontSize: 20 } });
    await roundTrip(db);
    expect((await db.highlights.get('h2'))?.deletedAt).toBe(30);
  });

  it('round-trips any data: unicode, emoji, 1 MB notes and many highlights', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 60 });
    const record = fc.record({
      id: fc.uuid(),
      note: fc.oneof(text, fc.constant('✨'.repeat(350_000))),
      exact: text.filter((value) => value.length > 0),
      tags: fc.array(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 10 }), { maxLength: 3 }),
      updatedAt: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(record, { selector: (item) => item.id, minLength: 1, maxLength: 120 }),
        async (records) => {
          const db = database();
          await db.highlights.bulkPut(
            records.map((item) =>
              highlight(item.id, {
                note: item.note,
                tags: item.tags,
                updatedAt: item.updatedAt,
                selectors: { ...highlight('x').selectors, quote: { exact: item.exact, prefix: '', suffix: '' } },
              }),
            ),
          );
          await roundTrip(db);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('shows what will change and keeps the newer copy of each record', async () => {
    const db = database();
    await db.highlights.bulkPut([
      highlight('same'),
      highlight('older-here', { updatedAt: 5, note: 'old' }),
      highlight('newer-here', { updatedAt: 99, note: 'mine' }),
    ]);
    const incoming = await createBackup('fixed');
    incoming.highlights = [
      highlight('same'),
      highlight('older-here', { updatedAt: 50, note: 'from backup' }),
      highlight('newer-here', { updatedAt: 10, note: 'stale' }),
      highlight('brand-new'),
    ];
    expect((await planRestore(incoming)).highlights).toEqual({ added: 1, updated: 1, unchanged: 1, keptNewer: 1 });
    await applyRestore(incoming);
    expect((await db.highlights.get('older-here'))?.note).toBe('from backup');
    expect((await db.highlights.get('newer-here'))?.note).toBe('mine');
    expect(await db.highlights.count()).toBe(4);
  });

  it('refuses a file with one bad record among thousands before anything is written', async () => {
    const db = database();
    await db.highlights.put(highlight('existing', { note: 'keep me' }));
    const file = await createBackup('fixed');
    file.highlights = Array.from({ length: 3000 }, (_, index) => highlight(`incoming-${index}`));
    (file.highlights[1777] as unknown as Record<string, unknown>).color = 'ultraviolet';
    const before = canonicalJson(await createBackup('fixed'));
    // As a restore goes: the file is checked whole, and only an accepted one is applied.
    const parsed = parseBackup(JSON.stringify(file));
    if (parsed.ok) await applyRestore(parsed.backup);
    expect(await db.highlights.count()).toBe(1);
    expect((await db.highlights.get('existing'))?.note).toBe('keep me');
    expect(canonicalJson(await createBackup('fixed'))).toBe(before);
    expect(parsed).toMatchObject({ ok: false, error: expect.stringContaining('1777') });
  });

  it('writes nothing when the database refuses one record among thousands during the restore', async () => {
    const db = database();
    await db.highlights.put(highlight('existing', { note: 'keep me', updatedAt: 1 }));
    const before = canonicalJson(await createBackup('fixed'));
    const backup = await createBackup('fixed');
    backup.highlights = [
      highlight('existing', { note: 'from the backup', updatedAt: 99 }),
      ...Array.from({ length: 3000 }, (_, index) => highlight(`incoming-${index}`)),
    ];
    // A record without its key gets past the plan but is refused by IndexedDB inside the transaction.
    Reflect.deleteProperty(backup.highlights[2000], 'id');
    await expect(applyRestore(backup)).rejects.toThrow();
    expect(canonicalJson(await createBackup('fixed'))).toBe(before);
  });
});

// Backup and restore against real IndexedDB in Chromium: lossless round trips, merges by newest
// update, and bad files that change nothing.

import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, parseBackup } from '../../../shared/backup/backupFormat';
import type { HighlightRecord } from '../../../shared/annotations';
import { SummitDatabase } from '../storage/db';
import { applyRestore, createBackup, planRestore, restoreFull, wipeAll } from './backupStore';

const opened: SummitDatabase[] = [];
let counter = 0;

function database(): SummitDatabase {
  const created = new SummitDatabase(`summit-backup-test-${Date.now()}-${counter++}`);
  opened.push(created);
  return created;
}

afterEach(async () => {
  for (const created of opened.splice(0)) {
    created.close();
    await Dexie.delete(created.name);
  }
});

function highlight(id: string, overrides: Partial<HighlightRecord> = {}): HighlightRecord {
  return {
    id,
    talkId: 'talk-a',
    color: 'blue',
    note: 'A note',
    tags: ['gil'],
    selectors: {
      quote: { exact: 'quoted text', prefix: 'before ', suffix: ' after' },
      position: { blockId: 'talk-a-b2', blockOffset: 7, start: 40, end: 51 },
    },
    citation: { talkTitle: 'Talk A', speakers: ['Ann Lee'], summitYear: 2024, sourceTitle: 'Source' },
    createdAt: 10,
    updatedAt: 20,
    deletedAt: null,
    ...overrides,
  };
}

async function roundTrip(db: SummitDatabase): Promise<void> {
  const first = await createBackup(db, 'fixed');
  const file = JSON.stringify(first);
  await wipeAll(db);
  expect(await db.highlights.count()).toBe(0);
  const parsed = parseBackup(file);
  if (!parsed.ok) throw new Error(parsed.error);
  await applyRestore(db, parsed.backup);
  const second = await createBackup(db, 'fixed');
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
    const incoming = await createBackup(db, 'fixed');
    incoming.highlights = [
      highlight('same'),
      highlight('older-here', { updatedAt: 50, note: 'from backup' }),
      highlight('newer-here', { updatedAt: 10, note: 'stale' }),
      highlight('brand-new'),
    ];
    expect((await planRestore(db, incoming)).highlights).toEqual({ added: 1, updated: 1, unchanged: 1, keptNewer: 1 });
    await applyRestore(db, incoming);
    expect((await db.highlights.get('older-here'))?.note).toBe('from backup');
    expect((await db.highlights.get('newer-here'))?.note).toBe('mine');
    expect(await db.highlights.count()).toBe(4);
  });

  it('a file with one bad record among thousands restores nothing', async () => {
    const db = database();
    await db.highlights.put(highlight('existing', { note: 'keep me' }));
    const before = canonicalJson(await createBackup(db, 'fixed'));
    const file = await createBackup(db, 'fixed');
    file.highlights = Array.from({ length: 3000 }, (_, index) => highlight(`incoming-${index}`));
    (file.highlights[1777] as unknown as Record<string, unknown>).color = 'ultraviolet';
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    expect(canonicalJson(await createBackup(db, 'fixed'))).toBe(before);
  });
});

describe('a restore with imported documents is all or nothing', () => {
  type Bridge = Record<string, (...args: unknown[]) => Promise<unknown>>;
  const calls: string[] = [];

  function bridge(commitFails: boolean, refused: string[] = []): void {
    calls.length = 0;
    const api: Bridge = {
      stageImportedDocuments: async () => {
        calls.push('stage');
        return { ok: true, value: { token: crypto.randomUUID(), toAdd: 1, alreadyThere: 0, refused } };
      },
      commitStagedDocuments: async () => {
        calls.push('commit');
        return commitFails
          ? { ok: false, error: { code: 'internal', message: 'the disk is full' } }
          : { ok: true, value: { added: 1 } };
      },
      discardStagedDocuments: async () => {
        calls.push('discard');
        return { ok: true, value: true };
      },
    };
    Object.defineProperty(window, 'summit', { value: api, configurable: true });
  }

  afterEach(() => {
    Reflect.deleteProperty(window, 'summit');
  });

  async function seeded(): Promise<SummitDatabase> {
    const db = database();
    await db.highlights.put(highlight('mine', { note: 'kept as it was' }));
    await db.settings.put({ key: 'lastTalkId', value: 'talk-a', updatedAt: 5 });
    return db;
  }

  const incoming = async (db: SummitDatabase) => {
    const backup = await createBackup(db);
    return {
      ...backup,
      highlights: [
        highlight('theirs', { updatedAt: 99 }),
        highlight('mine', { note: 'from the backup', updatedAt: 99 }),
      ],
      importedDocuments: [{ fileName: 'post.md', base64: btoa('# A post'), yearOverride: null }],
    };
  };

  it('puts the database back exactly when the documents cannot be added', async () => {
    const db = await seeded();
    const before = canonicalJson([await db.highlights.toArray(), await db.settings.toArray()]);
    bridge(true);
    const result = await restoreFull(db, await incoming(db));
    expect(result).toEqual({ ok: false, error: 'Nothing was restored: the disk is full' });
    expect(calls).toEqual(['stage', 'commit']);
    expect(canonicalJson([await db.highlights.toArray(), await db.settings.toArray()])).toBe(before);
  });

  it('changes nothing when a document is refused at staging', async () => {
    const db = await seeded();
    const before = canonicalJson(await db.highlights.toArray());
    bridge(false, ['post.md: The file holds no readable text.']);
    const result = await restoreFull(db, await incoming(db));
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('post.md') });
    expect(calls).toEqual(['stage', 'discard']);
    expect(canonicalJson(await db.highlights.toArray())).toBe(before);
  });

  it('applies everything when every step succeeds', async () => {
    const db = await seeded();
    bridge(false);
    expect(await restoreFull(db, await incoming(db))).toEqual({ ok: true, documentsAdded: 1 });
    expect((await db.highlights.get('mine'))?.note).toBe('from the backup');
    expect(await db.highlights.get('theirs')).toBeDefined();
  });
});

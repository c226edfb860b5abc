// A restore that carries imported documents, in real IndexedDB with main's side stood in: all of it
// lands, or the database is exactly as it was.

import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/backup/backupFormat';
import { createBackup } from '../storage/backupTables';
import { deleteTestDatabases, freshTables as database, type TestTables } from '../storage/testTables';
import { CITATION, highlightRecord as highlight } from '../../../../test/fixtures/records';
import { restoreFull } from './backupStore';
import { deleteHighlight } from '../storage/highlights';
import { saveTalkNote } from '../storage/notes';
import { onWriteFailure, pendingCount, type WriteFailure } from '../storage/writes';

afterEach(deleteTestDatabases);

describe('a restore with imported documents is all or nothing', () => {
  type Bridge = Record<string, (...args: unknown[]) => Promise<unknown>>;
  const calls: string[] = [];

  function bridge(commitFails: boolean, refused: string[] = [], whileCommitting?: () => Promise<void>): void {
    calls.length = 0;
    const api: Bridge = {
      stageImportedDocuments: async () => {
        calls.push('stage');
        return { ok: true, value: { token: crypto.randomUUID(), toAdd: 1, alreadyThere: 0, refused } };
      },
      commitStagedDocuments: async () => {
        calls.push('commit');
        await whileCommitting?.();
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

  async function seeded(): Promise<TestTables> {
    const db = database();
    await db.highlights.put(highlight('mine', { note: 'kept as it was' }));
    await db.settings.put({ key: 'lastTalkId', value: 'talk-a', updatedAt: 5 });
    return db;
  }

  const incoming = async () => {
    const backup = await createBackup();
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
    const result = await restoreFull(await incoming());
    expect(result).toEqual({ ok: false, error: 'Nothing was restored: the disk is full' });
    expect(calls).toEqual(['stage', 'commit']);
    expect(canonicalJson([await db.highlights.toArray(), await db.settings.toArray()])).toBe(before);
  });

  it('changes nothing when a document is refused at staging', async () => {
    const db = await seeded();
    const before = canonicalJson(await db.highlights.toArray());
    bridge(false, ['post.md: The file holds no readable text.']);
    const result = await restoreFull(await incoming());
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('post.md') });
    expect(calls).toEqual(['stage', 'discard']);
    expect(canonicalJson(await db.highlights.toArray())).toBe(before);
  });

  it('applies everything when every step succeeds', async () => {
    const db = await seeded();
    bridge(false);
    expect(await restoreFull(await incoming())).toEqual({ ok: true, documentsAdded: 1 });
    expect((await db.highlights.get('mine'))?.note).toBe('from the backup');
    expect(await db.highlights.get('theirs')).toBeDefined();
  });

  it('takes back only what the restore wrote: work done while the documents committed stays', async () => {
    const db = await seeded();
    await db.highlights.put(highlight('other', { note: 'deleted during the restore' }));
    const failures: WriteFailure[] = [];
    const stop = onWriteFailure((failure) => failures.push(failure));
    bridge(true, [], async () => {
      // The reader deletes one highlight and makes another; another window writes a third.
      expect(await deleteHighlight('other')).toBe(false);
      expect(
        await saveTalkNote({ talkId: 'talk-a', text: 'written during the restore', tags: [], citation: CITATION }),
      ).toBe(false);
      await db.highlights.put(highlight('elsewhere', { note: 'from another window' }));
    });
    const result = await restoreFull(await incoming()).finally(stop);
    expect(result).toMatchObject({ ok: false });
    expect(await db.highlights.get('theirs')).toBeUndefined();
    expect((await db.highlights.get('mine'))?.note).toBe('kept as it was');
    // The edits waited while the restore ran, said so, and were saved once it ended.
    expect(failures.map((failure) => failure.message)).toEqual([
      expect.stringContaining('being restored'),
      expect.stringContaining('being restored'),
    ]);
    expect((await db.highlights.get('other'))?.deletedAt).toEqual(expect.any(Number));
    expect((await db.talkNotes.get('talk-a'))?.text).toBe('written during the restore');
    expect((await db.highlights.get('elsewhere'))?.note).toBe('from another window');
    expect(pendingCount()).toBe(0);
  });

  it('leaves a record the reader changed after the restore wrote it', async () => {
    const db = await seeded();
    bridge(true, [], async () => {
      const written = await db.highlights.get('theirs');
      if (written) await db.highlights.put({ ...written, note: 'changed since the restore', updatedAt: 200 });
    });
    await restoreFull(await incoming());
    expect((await db.highlights.get('theirs'))?.note).toBe('changed since the restore');
    expect((await db.highlights.get('mine'))?.note).toBe('kept as it was');
  });
});

// A restore that carries imported documents, in real IndexedDB with main's side stood in: all of it
// lands, or the database is exactly as it was.

import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/backup/backupFormat';
import { createBackup } from '../storage/backupTables';
import { deleteTestDatabases, freshTables as database, type TestTables } from '../storage/testTables';
import { highlightRecord as highlight } from '../../../../test/fixtures/records';
import { restoreFull } from './backupStore';

afterEach(deleteTestDatabases);

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
});

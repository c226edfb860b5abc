// Storage in real Chromium IndexedDB: migrations from earlier schemas, annotations, and writes
// that must survive an upgrade made by another window.

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { HighlightRecord } from '../../../shared/annotations';
import { draftKeyForTalk } from '../../../shared/annotations';
import {
  createHighlight,
  deleteHighlight,
  restoreHighlight,
  saveDraft,
  saveTalkNote,
  updateHighlight,
} from './annotationsRepository';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, SummitDatabase } from './db';
import { commit, onWriteFailure, replayPendingWrites } from './writes';

const citation = {
  talkTitle: 'Pluggable JITs',
  speakers: ['Martin DeMello'],
  summitYear: 2025,
  sourceTitle: 'Lightning Talks',
};
const selectors = {
  quote: { exact: 'pluggable JITs', prefix: 'room for alternative or “', suffix: '” and envisions' },
  position: { blockId: 't-b1', blockOffset: 10, start: 10, end: 24 },
};

const opened: Dexie[] = [];
let counter = 0;

function uniqueName(): string {
  counter++;
  return `summit-reader-test-${Date.now()}-${counter}`;
}

function track<T extends Dexie>(database: T): T {
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close();
    await Dexie.delete(database.name);
  }
  localStorage.clear();
});

/** A database exactly as the given schema version left it, built without the current code. */
function databaseAtVersion(name: string, version: number): Dexie {
  const database = new Dexie(name);
  for (const schema of SCHEMA_VERSIONS.filter((candidate) => candidate.version <= version)) {
    database.version(schema.version).stores(schema.stores);
  }
  return track(database);
}

describe('schema migrations', () => {
  it.each(SCHEMA_VERSIONS.map((schema) => schema.version))(
    'opens a database made by schema v%i with its data intact',
    async (version) => {
      const name = uniqueName();
      const old = databaseAtVersion(name, version);
      const highlight: HighlightRecord = {
        id: 'h1',
        talkId: 't',
        color: 'yellow',
        note: 'A *note*',
        tags: ['jit'],
        selectors,
        citation,
        createdAt: 1,
        updatedAt: 2,
        deletedAt: null,
      };
      await old.table('highlights').put(highlight);
      await old.table('readingState').put({ talkId: 't', blockId: 't-b3', progress: 0.4, read: false, updatedAt: 3 });
      await old.table('settings').put({ key: 'lastTalkId', value: 't' });
      old.close();

      const current = track(new SummitDatabase(name));
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await current.highlights.get('h1')).toEqual(highlight);
      expect(await current.readingState.get('t')).toMatchObject({ blockId: 't-b3', progress: 0.4 });
      expect(await current.settings.get('lastTalkId')).toEqual({ key: 'lastTalkId', value: 't' });
    },
  );
});

describe('annotations', () => {
  it('creates, recolours, annotates and tags a highlight', async () => {
    const database = track(new SummitDatabase(uniqueName()));
    const created = await createHighlight(database, { talkId: 't', color: 'yellow', selectors, citation, now: 1000 });
    await updateHighlight(database, created.id, { color: 'blue', note: 'Worth a PEP', tags: ['jit', 'pep'] });
    const stored = await database.highlights.get(created.id);
    expect(stored).toMatchObject({
      color: 'blue',
      note: 'Worth a PEP',
      tags: ['jit', 'pep'],
      createdAt: 1000,
      deletedAt: null,
    });
    expect(stored?.updatedAt).toBeGreaterThan(1000);
  });

  it('keeps a deleted highlight as a tombstone that undo restores', async () => {
    const database = track(new SummitDatabase(uniqueName()));
    const created = await createHighlight(database, { talkId: 't', color: 'green', selectors, citation });
    await deleteHighlight(database, created.id);
    const tombstone = await database.highlights.get(created.id);
    expect(tombstone?.deletedAt).toEqual(expect.any(Number));
    expect(tombstone?.updatedAt).toBe(tombstone?.deletedAt);
    await restoreHighlight(database, created.id);
    const restored = await database.highlights.get(created.id);
    expect(restored?.deletedAt).toBeNull();
    expect(restored?.updatedAt).toBeGreaterThan(tombstone?.updatedAt ?? 0);
  });

  it('saves a talk note and discards its draft in one transaction', async () => {
    const database = track(new SummitDatabase(uniqueName()));
    await saveDraft(database, draftKeyForTalk('t'), 'half-written', []);
    await saveTalkNote(database, { talkId: 't', text: 'Finished thought', tags: ['gil'], citation });
    expect(await database.drafts.get(draftKeyForTalk('t'))).toBeUndefined();
    expect(await database.talkNotes.get('t')).toMatchObject({ text: 'Finished thought', tags: ['gil'] });
  });

  it('rolls back every table when one write in a batch fails', async () => {
    const database = track(new SummitDatabase(uniqueName()));
    const failures: unknown[] = [];
    const stop = onWriteFailure((error) => failures.push(error));
    try {
      const ok = await commit(database, {
        puts: [
          { table: 'drafts', record: { key: 'd', text: 'x', tags: [], updatedAt: 1 } },
          { table: 'talkNotes', record: { text: 'no primary key' } },
        ],
      });
      expect(ok).toBe(false);
      expect(failures).toHaveLength(1);
      expect(await database.drafts.get('d')).toBeUndefined();
    } finally {
      stop();
    }
  });
});

describe('writes while another window upgrades the database', () => {
  it('lets another window upgrade, and still saves this window’s later writes', async () => {
    const name = uniqueName();
    const database = track(new SummitDatabase(name));
    await database.open();
    // Another window opens the same database with a newer schema; this one must not block it.
    const newer = track(new Dexie(name));
    for (const schema of SCHEMA_VERSIONS) newer.version(schema.version).stores(schema.stores);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ extra: 'id' });
    await newer.open();
    expect(newer.verno).toBe(CURRENT_SCHEMA_VERSION + 1);

    const created = await createHighlight(database, { talkId: 't', color: 'red', selectors, citation });
    expect(await newer.table('highlights').get(created.id)).toMatchObject({ color: 'red' });
  });

  it('keeps a write that cannot reach the database and replays it at the next start', async () => {
    const name = uniqueName();
    const database = track(new SummitDatabase(name));
    await database.open();
    database.close({ disableAutoOpen: true });
    const failures: unknown[] = [];
    const stop = onWriteFailure((error) => failures.push(error));
    const created = await createHighlight(database, { talkId: 't', color: 'red', selectors, citation }).finally(stop);
    expect(failures).toHaveLength(1);
    const kept = JSON.parse(localStorage.getItem('summit-reader:pending-writes') ?? '[]') as {
      puts: { record: { id: string } }[];
    }[];
    expect(kept.flatMap((batch) => batch.puts.map((put) => put.record.id))).toEqual([created.id]);

    const nextStart = track(new SummitDatabase(name));
    expect(await replayPendingWrites(nextStart)).toBe(1);
    expect(await nextStart.highlights.get(created.id)).toMatchObject({ color: 'red' });
    expect(localStorage.getItem('summit-reader:pending-writes')).toBeNull();
  });

  it('replays a kept write only if nothing newer was saved since', async () => {
    const database = track(new SummitDatabase(uniqueName()));
    await database.highlights.put({
      id: 'h',
      talkId: 't',
      color: 'yellow',
      note: 'newer',
      tags: [],
      selectors,
      citation,
      createdAt: 1,
      updatedAt: 50,
      deletedAt: null,
    });
    localStorage.setItem(
      'summit-reader:pending-writes',
      JSON.stringify([{ puts: [{ table: 'highlights', record: { id: 'h', note: 'older', updatedAt: 10 } }] }]),
    );
    await replayPendingWrites(database);
    expect((await database.highlights.get('h'))?.note).toBe('newer');
  });
});

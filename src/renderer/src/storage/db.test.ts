// Storage in real Chromium IndexedDB: migrations from earlier schemas, annotations, and writes
// that must survive an upgrade made by another window.

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { HighlightRecord } from '../../../shared/annotations';
import { draftKeyForTalk } from '../../../shared/annotations';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, SummitDatabase, openDatabaseForTests } from './db';
import { createHighlight, deleteHighlight, restoreHighlight, updateHighlight } from './highlights';
import { discardDraft, saveDraft, saveTalkNote } from './notes';
import { forget, keptChanges, type KeptChange } from './keptChanges';
import { parseKeptChanges } from '../../../shared/keptChanges';
import { saveReadingPlace, setRead } from './readingState';
import { setSetting } from './settings';
import { applySyncedRecord } from './syncedWrites';
import { PRIMARY_KEYS } from './writeBatch';
import {
  commit,
  importLegacyPendingWrites,
  restoreKeptChanges,
  onWriteFailure,
  pendingCount,
  retryPendingWrites,
  type WriteFailure,
} from './writes';

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

/** A record the test expects to have been saved. */
function saved<T>(record: T | null): T {
  if (!record) throw new Error('expected the change to be saved');
  return record;
}

/** The id of the one highlight whose creation is kept, waiting to be saved. */
function keptHighlightId(): string {
  const [change] = keptChanges();
  return (change.record as HighlightRecord).id;
}

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

describe('typed batches', () => {
  it('name each table’s primary key as the schema declares it', () => {
    const declared = new Map<string, string>();
    for (const schema of SCHEMA_VERSIONS)
      for (const [table, spec] of Object.entries(schema.stores)) declared.set(table, spec.split(',')[0].trim());
    for (const [table, key] of Object.entries(PRIMARY_KEYS)) expect(declared.get(table), table).toBe(key);
  });
});

describe('the sync outbox', () => {
  it('names each changed synced record in the same transaction, and never a change that came from sync', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    const created = saved(await createHighlight({ talkId: 't', color: 'yellow', selectors, citation }));
    await saveTalkNote({ talkId: 't', text: 'A talk note', tags: [], citation });
    await setSetting('theme', 'dark');
    // A change to a table that does not sync is saved as before, without the outbox.
    expect((await database.settings.get('theme'))?.value).toBe('dark');
    expect((await database.outbox.toArray()).map((entry) => entry.docId).sort()).toEqual([
      `highlight:${created.id}`,
      'talkNote:t',
    ]);
    await database.outbox.clear();
    await commit({
      origin: 'sync',
      puts: [{ table: 'highlights', record: { ...created, note: 'from another device' } }],
    });
    expect(await database.outbox.count()).toBe(0);
    expect((await database.highlights.get(created.id))?.note).toBe('from another device');
  });

  it('leaves neither the change nor its outbox entry when the transaction fails', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    await database.open();
    // A record the database refuses (no key) in the same batch as a good one.
    await commit({
      puts: [
        // Typed batches refuse these at compile time; the database's refusal is what is tested here.
        { table: 'highlights', record: { id: 'good', talkId: 't', updatedAt: 1 } as never },
        { table: 'highlights', record: { note: 'no id', updatedAt: 1 } as never },
      ],
    });
    expect(await database.highlights.count()).toBe(0);
    expect(await database.outbox.count()).toBe(0);
  });
});

describe('annotations', () => {
  it('creates, recolours, annotates and tags a highlight', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    const created = saved(await createHighlight({ talkId: 't', color: 'yellow', selectors, citation, now: 1000 }));
    await updateHighlight(created.id, { color: 'blue', note: 'Worth a PEP', tags: ['jit', 'pep'] });
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
    const database = track(openDatabaseForTests(uniqueName()));
    const created = saved(await createHighlight({ talkId: 't', color: 'green', selectors, citation }));
    await deleteHighlight(created.id);
    const tombstone = await database.highlights.get(created.id);
    expect(tombstone?.deletedAt).toEqual(expect.any(Number));
    expect(tombstone?.updatedAt).toBe(tombstone?.deletedAt);
    await restoreHighlight(created.id);
    const restored = await database.highlights.get(created.id);
    expect(restored?.deletedAt).toBeNull();
    expect(restored?.updatedAt).toBeGreaterThan(tombstone?.updatedAt ?? 0);
  });

  it('saves a talk note and discards its draft in one transaction', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    await saveDraft(draftKeyForTalk('t'), 'half-written', []);
    await saveTalkNote({ talkId: 't', text: 'Finished thought', tags: ['gil'], citation });
    expect(await database.drafts.get(draftKeyForTalk('t'))).toBeUndefined();
    expect(await database.talkNotes.get('t')).toMatchObject({ text: 'Finished thought', tags: ['gil'] });
  });

  it('rolls back every table when one write in a batch fails', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    const failures: unknown[] = [];
    const stop = onWriteFailure((error) => failures.push(error));
    try {
      const ok = await commit({
        puts: [
          { table: 'drafts', record: { key: 'd', text: 'x', tags: [], updatedAt: 1 } },
          { table: 'talkNotes', record: { text: 'no primary key' } as never },
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
    const database = track(openDatabaseForTests(name));
    await database.open();
    // Another window opens the same database with a newer schema; this one must not block it.
    const newer = track(new Dexie(name));
    for (const schema of SCHEMA_VERSIONS) newer.version(schema.version).stores(schema.stores);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ extra: 'id' });
    await newer.open();
    expect(newer.verno).toBe(CURRENT_SCHEMA_VERSION + 1);

    const created = saved(await createHighlight({ talkId: 't', color: 'red', selectors, citation }));
    expect(await newer.table('highlights').get(created.id)).toMatchObject({ color: 'red' });
  });
});

/** Makes the next `times` transactions fail with `error`, as a closed or full database would. */
function failTransactions(database: SummitDatabase, error: Error, times: number): void {
  const original = database.transaction.bind(database);
  let remaining = times;
  database.transaction = ((...args: Parameters<typeof original>) => {
    if (remaining-- > 0) return Promise.reject(error);
    return original(...args);
  }) as typeof database.transaction;
}

const closed = () => new Dexie.DatabaseClosedError('Database has been closed');

describe('changes that cannot be saved', () => {
  afterEach(async () => {
    // Each test leaves nothing kept for the next.
    await retryPendingWrites().catch(() => 0);
  });

  it('keeps a change the closed database refused, tells the reader, and saves it on retry', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    await database.open();
    failTransactions(database, closed(), 2);
    const failures: WriteFailure[] = [];
    const stop = onWriteFailure((failure) => failures.push(failure));
    expect(await createHighlight({ talkId: 't', color: 'red', selectors, citation }).finally(stop)).toBeNull();
    expect(failures.map((failure) => failure.kind)).toEqual(['kept']);
    expect(pendingCount()).toBe(1);
    const created = { id: keptHighlightId() };
    expect(await database.highlights.get(created.id)).toBeUndefined();
    expect(localStorage.getItem('summit-reader:pending-writes')).toBeNull();
    expect(await retryPendingWrites()).toBe(1);
    expect(await database.highlights.get(created.id)).toMatchObject({ color: 'red', deletedAt: null });
    expect(pendingCount()).toBe(0);
  });

  it('never brings back a highlight the reader deleted while its creation was kept', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    await database.open();
    failTransactions(database, closed(), 2);
    await createHighlight({ talkId: 't', color: 'red', selectors, citation });
    const created = { id: keptHighlightId() };
    await deleteHighlight(created.id);
    await retryPendingWrites();
    expect((await database.highlights.get(created.id))?.deletedAt).not.toBeNull();
    expect(pendingCount()).toBe(0);
  });

  it('never lets a kept draft deletion remove a newer draft', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    await database.open();
    const key = draftKeyForTalk('t');
    failTransactions(database, closed(), 2);
    await discardDraft(key);
    // Another window saves a newer draft meanwhile.
    await database.drafts.put({ key, text: 'newer words', tags: [], updatedAt: Date.now() + 1000 });
    await retryPendingWrites();
    expect((await database.drafts.get(key))?.text).toBe('newer words');
  });

  it('never lets a kept setting overwrite a newer one, and says so instead of counting it saved', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    await database.open();
    failTransactions(database, closed(), 2);
    await setSetting('theme', 'dark');
    await database.settings.put({ key: 'theme', value: 'light', updatedAt: Date.now() + 1000 });
    const failures: WriteFailure[] = [];
    const stop = onWriteFailure((failure) => failures.push(failure));
    expect(await retryPendingWrites().finally(stop)).toBe(0);
    expect((await database.settings.get('theme'))?.value).toBe('light');
    expect(failures).toEqual([{ kind: 'skipped', message: expect.stringContaining('changed later') }]);
    expect(pendingCount()).toBe(0);
  });

  it('merges a kept note with a recolour that a sync round wrote meanwhile, field by field', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    const created = saved(await createHighlight({ talkId: 't', color: 'yellow', selectors, citation }));
    failTransactions(database, closed(), 2);
    expect(await updateHighlight(created.id, { note: 'kept note' })).toBeNull();
    // The note, and the removal of its draft.
    expect(pendingCount()).toBe(2);
    // Another computer's recolour arrives, later than the kept note.
    // The highlight went out in an earlier round, so the round writes the recolour here.
    await database.outbox.clear();
    const stored = saved((await database.highlights.get(created.id)) ?? null);
    expect(await applySyncedRecord('highlights', { ...stored, color: 'red', updatedAt: Date.now() + 1000 })).toBe(true);
    expect(await retryPendingWrites()).toBe(2);
    expect(await database.highlights.get(created.id)).toMatchObject({ color: 'red', note: 'kept note' });
    // The note goes out to other computers; the recolour that came from one does not go back.
    expect((await database.outbox.toArray()).map((entry) => entry.fields)).toEqual([['note']]);
    expect(pendingCount()).toBe(0);
  });

  it('keeps both texts when a kept note meets a note written later elsewhere', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    const created = saved(await createHighlight({ talkId: 't', color: 'yellow', selectors, citation }));
    failTransactions(database, closed(), 2);
    await updateHighlight(created.id, { note: 'kept note' });
    await database.outbox.clear();
    const stored = saved((await database.highlights.get(created.id)) ?? null);
    await applySyncedRecord('highlights', { ...stored, note: 'written elsewhere', updatedAt: Date.now() + 1000 });
    await retryPendingWrites();
    expect(await database.highlights.get(created.id)).toMatchObject({
      note: 'written elsewhere',
      noteConflicts: ['kept note'],
    });
  });
});

describe('changes still kept when the app quits', () => {
  it('are applied at the next start, merged into what is stored then', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    const created = saved(await createHighlight({ talkId: 't', color: 'yellow', selectors, citation }));
    failTransactions(database, closed(), 2);
    await updateHighlight(created.id, { note: 'kept when the app quit' });
    // What main holds in its file, checked as main checks it; the session then ends.
    const held = parseKeptChanges(JSON.stringify(keptChanges()));
    if (!held.ok) throw new Error(held.error);
    forget(keptChanges());
    await database.highlights.update(created.id, { color: 'green', updatedAt: Date.now() + 1000 });
    expect(await restoreKeptChanges(held.changes as KeptChange[])).toBe(2);
    expect(await database.highlights.get(created.id)).toMatchObject({ color: 'green', note: 'kept when the app quit' });
    expect(pendingCount()).toBe(0);
  });
});

describe('updates computed inside their transaction', () => {
  it('keeps both a recolour and a note saved at the same moment', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    const created = saved(await createHighlight({ talkId: 't', color: 'yellow', selectors, citation }));
    await Promise.all([
      updateHighlight(created.id, { color: 'red' }),
      updateHighlight(created.id, { note: 'typed meanwhile' }),
    ]);
    expect(await database.highlights.get(created.id)).toMatchObject({ color: 'red', note: 'typed meanwhile' });
  });

  it('keeps the reading place and the read mark when both are saved at the same moment', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    await saveReadingPlace({ talkId: 't', blockId: 't-b1', progress: 0.1, atEnd: false });
    await Promise.all([
      saveReadingPlace({ talkId: 't', blockId: 't-b9', progress: 0.5, atEnd: false }),
      setRead('t', true),
    ]);
    expect(await database.readingState.get('t')).toMatchObject({ blockId: 't-b9', read: true, progress: 1 });
  });

  it('never lets marking a talk read overwrite a place that is kept, waiting to be saved', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    await database.open();
    failTransactions(database, closed(), 2);
    expect(await saveReadingPlace({ talkId: 't', blockId: 't-b7', progress: 0.4, atEnd: false })).toBe(false);
    expect(await setRead('t', true)).toBe(true);
    expect(await database.readingState.get('t')).toMatchObject({ blockId: 't-b7', read: true });
  });

  it('says a highlight was not saved when the database refuses it', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    await database.open();
    failTransactions(database, new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 1);
    expect(await createHighlight({ talkId: 't', color: 'red', selectors, citation })).toBeNull();
    expect(await database.highlights.count()).toBe(0);
  });

  it('saves the other kept changes when the database refuses one for good', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    await database.open();
    failTransactions(database, closed(), 4);
    // A record without its key: the database refuses it with a DataError.
    await commit({ puts: [{ table: 'highlights', record: { note: 'no id', updatedAt: 5 } as never }] });
    await createHighlight({ talkId: 't', color: 'green', selectors, citation });
    expect(pendingCount()).toBe(2);
    const created = { id: (keptChanges()[1].record as HighlightRecord).id };
    const failures: WriteFailure[] = [];
    const stop = onWriteFailure((failure) => failures.push(failure));
    await retryPendingWrites().finally(stop);
    expect(await database.highlights.get(created.id)).toMatchObject({ color: 'green' });
    expect(failures.map((failure) => failure.kind)).toEqual(['lost']);
    expect(pendingCount()).toBe(0);
  });

  it('tells the reader when the disk is full, without throwing or keeping the change', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
    await database.open();
    failTransactions(database, new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 1);
    const failures: WriteFailure[] = [];
    const stop = onWriteFailure((failure) => failures.push(failure));
    const saved = await commit({
      puts: [{ table: 'drafts', record: { key: 'k', text: 'x'.repeat(6_000_000), tags: [], updatedAt: 1 } }],
    }).finally(stop);
    expect(saved).toBe(false);
    expect(failures).toEqual([{ kind: 'lost', message: expect.stringContaining('disk is full') }]);
    expect(pendingCount()).toBe(0);
  });

  it('saves changes an earlier version kept in localStorage, once, only where nothing newer was saved', async () => {
    const database = track(openDatabaseForTests(uniqueName()));
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
    await database.drafts.put({ key: 'd', text: 'draft with a time', tags: [], updatedAt: 40 });
    localStorage.setItem(
      'summit-reader:pending-writes',
      JSON.stringify([
        { puts: [{ table: 'highlights', record: { id: 'h', note: 'older', updatedAt: 10 } }] },
        { deletes: [{ table: 'drafts', key: 'd' }] },
        { puts: [{ table: 'talkNotes', record: { talkId: 'n', text: 'kept note', updatedAt: 20 } }] },
      ]),
    );
    await importLegacyPendingWrites();
    expect((await database.highlights.get('h'))?.note).toBe('newer');
    expect((await database.drafts.get('d'))?.text).toBe('draft with a time');
    expect((await database.talkNotes.get('n'))?.text).toBe('kept note');
    expect(localStorage.getItem('summit-reader:pending-writes')).toBeNull();
  });
});

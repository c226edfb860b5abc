// The sync bridge in real Chromium: two devices, each with its own IndexedDB tables and PouchDB
// replica, syncing through a third replica that plays the server. Records made on one appear on
// the other, a delete is never undone by an edit made apart, and nothing echoes back as a change.

import Dexie from 'dexie';
import PouchDB from 'pouchdb-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { highlightRecord } from '../../../../test/fixtures/records';
import { createHighlight, deleteHighlight, restoreHighlight, updateHighlight } from './highlights';
import { saveTalkNote } from './notes';
import { setRead } from './readingState';
import { SyncBridge, type SyncReplica } from './syncBridge';
import { deleteTestDatabases, freshDatabase, type TestDatabase } from './testDatabase';
import { db, openDatabaseForTests } from './db';
import { forget, keptChanges, type KeptChange } from './keptChanges';
import { restoreKeptChanges } from './writes';

const replicas: { destroy(): Promise<unknown> }[] = [];
afterEach(async () => {
  for (const replica of replicas.splice(0)) await replica.destroy();
  await deleteTestDatabases();
});

let counter = 0;
function replica(name: string): SyncReplica & { destroy(): Promise<unknown> } {
  const created = new PouchDB(`${name}-${Date.now()}-${counter++}`) as SyncReplica & { destroy(): Promise<unknown> };
  replicas.push(created);
  return created;
}

interface TestDevice {
  database: TestDatabase;
  replica: SyncReplica;
  bridge: SyncBridge;
}

/** Makes `device` the one the storage modules use, as if its window were the one running. */
function on(device: TestDevice): TestDatabase {
  openDatabaseForTests(device.database.name);
  return device.database;
}

function device(server: SyncReplica): TestDevice {
  const database = freshDatabase('summit-sync-device');
  const own = replica('device');
  return { database, replica: own, bridge: new SyncBridge(own, server) };
}

const { selectors, citation } = highlightRecord('fixture');

/** Devices in `order` each run one round, as their windows would one after another. */
async function rounds(...order: TestDevice[]): Promise<void> {
  for (const next of order) {
    on(next);
    await next.bridge.syncNow();
  }
}

/** Two devices that both hold one highlight made on the first. */
async function sharedHighlight(): Promise<{ a: TestDevice; b: TestDevice; server: SyncReplica; id: string }> {
  const server = replica('server');
  const a = device(server);
  const b = device(server);
  on(a);
  const made = await createHighlight({ talkId: 'talk-a', color: 'yellow', selectors, citation });
  if (!made) throw new Error('not saved');
  await rounds(a, b);
  return { a, b, server, id: made.id };
}

describe('the sync bridge', () => {
  it('brings a highlight made on one device to the other, without echoing it back', async () => {
    const server = replica('server');
    const a = device(server);
    const b = device(server);
    on(a);
    const made = await createHighlight({ talkId: 'talk-a', color: 'blue', selectors, citation });
    if (!made) throw new Error('not saved');
    await updateHighlight(made.id, { note: 'Worth a PEP', tags: ['pep'] });
    expect(await a.bridge.syncNow()).toMatchObject({ sent: 1 });
    expect(await a.database.outbox.count()).toBe(0);

    const onB = on(b);
    expect(await b.bridge.syncNow()).toMatchObject({ received: 1 });
    expect(await onB.highlights.get(made.id)).toMatchObject({ color: 'blue', note: 'Worth a PEP', tags: ['pep'] });
    expect(await onB.outbox.count()).toBe(0);
    // A second round changes nothing on either side.
    expect(await b.bridge.syncNow()).toEqual({ sent: 0, received: 0, resolved: 0 });
  });

  it('keeps a delete made on one device while the other edited the note apart', async () => {
    const { a, b, id } = await sharedHighlight();
    on(a);
    await deleteHighlight(id);
    on(b);
    await updateHighlight(id, { note: 'edited while apart' });
    await rounds(a, b, a, b);
    for (const each of [a, b]) {
      const stored = await on(each).highlights.get(id);
      expect(stored?.deletedAt).not.toBeNull();
      expect(stored?.note).toBe('edited while apart');
    }
  });

  it('does not overwrite a change made on this device since its last send', async () => {
    const { a, b, server, id } = await sharedHighlight();
    const made = { id };
    on(b);
    await updateHighlight(id, { color: 'red' });
    await b.bridge.syncNow();

    const onA = on(a);
    await updateHighlight(made.id, { note: 'typed just now' });
    // The recolour reaches a's replica while the note is still in a's outbox: the record keeps the note.
    await a.replica.replicate.from(server);
    expect(await a.bridge.applyRemote()).toBe(0);
    expect(await onA.highlights.get(made.id)).toMatchObject({ color: 'yellow', note: 'typed just now' });
    // The next round sends the note, merges it with the recolour, and brings both back.
    await a.bridge.syncNow();
    expect(await onA.highlights.get(made.id)).toMatchObject({ color: 'red', note: 'typed just now' });
  });

  it.each(['the shown version', 'the other version'])(
    'shows a note edited apart on two devices as two versions until the reader keeps %s',
    async (choice) => {
      const { a, b, id } = await sharedHighlight();
      const made = { id };
      on(b);
      await updateHighlight(id, { note: 'from b' });
      on(a);
      await updateHighlight(id, { note: 'from a' });
      await rounds(a, b, a);
      const onA = await on(a).highlights.get(made.id);
      const shown = onA?.note;
      expect([shown, ...(onA?.noteConflicts ?? [])].sort()).toEqual(['from a', 'from b']);

      // The reader on b keeps one version; both computers settle on it.
      on(b);
      const other = choice === 'the shown version' ? (shown ?? '') : shown === 'from a' ? 'from b' : 'from a';
      await updateHighlight(made.id, { note: other, noteConflicts: [] });
      await rounds(b, a, b);
      for (const each of [a, b]) {
        const stored = await on(each).highlights.get(made.id);
        expect(stored?.note).toBe(other);
        expect(stored?.noteConflicts ?? []).toEqual([]);
      }
    },
  );

  it('settles a talk note written on two devices apart once the reader keeps one', async () => {
    const server = replica('server');
    const a = device(server);
    const b = device(server);
    on(a);
    await saveTalkNote({ talkId: 'talk-a', text: 'first', tags: [], citation });
    await a.bridge.syncNow();
    on(b);
    await b.bridge.syncNow();
    await saveTalkNote({ talkId: 'talk-a', text: 'on b', tags: [], citation });
    on(a);
    await saveTalkNote({ talkId: 'talk-a', text: 'on a', tags: [], citation });
    await rounds(a, b, a);
    const noted = await on(a).talkNotes.get('talk-a');
    expect([noted?.text, ...(noted?.textConflicts ?? [])].sort()).toEqual(['on a', 'on b']);
    await saveTalkNote({ talkId: 'talk-a', text: 'on b', tags: [], citation, textConflicts: [] });
    await rounds(a, b, a);
    for (const each of [a, b]) expect(await on(each).talkNotes.get('talk-a')).toMatchObject({ text: 'on b' });
    expect((await on(b).talkNotes.get('talk-a'))?.textConflicts ?? []).toEqual([]);
  });

  describe('the later edit is shown, though the computer that wrote first sends last', () => {
    /** A moment, so the second computer's edit is made strictly later by the wall clock. */
    const later = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

    /** `a` edits, then `b` edits a moment later and sends first; `a` sends last. */
    async function editApart(a: TestDevice, b: TestDevice, onA: () => Promise<unknown>, onB: () => Promise<unknown>) {
      on(a);
      await onA();
      await later();
      on(b);
      await onB();
      await rounds(b, a, b);
    }

    it('for a note: the later text is shown, the earlier kept as the other version', async () => {
      const { a, b, id } = await sharedHighlight();
      await editApart(
        a,
        b,
        () => updateHighlight(id, { note: 'earlier, on a' }),
        () => updateHighlight(id, { note: 'later, on b' }),
      );
      for (const each of [a, b]) {
        const stored = await on(each).highlights.get(id);
        expect(stored).toMatchObject({ note: 'later, on b', noteConflicts: ['earlier, on a'] });
      }
    });

    it('for a talk note', async () => {
      const server = replica('server');
      const a = device(server);
      const b = device(server);
      on(a);
      await saveTalkNote({ talkId: 'talk-a', text: 'first', tags: [], citation });
      await rounds(a, b);
      await editApart(
        a,
        b,
        () => saveTalkNote({ talkId: 'talk-a', text: 'earlier, on a', tags: [], citation }),
        () => saveTalkNote({ talkId: 'talk-a', text: 'later, on b', tags: [], citation }),
      );
      for (const each of [a, b])
        expect(await on(each).talkNotes.get('talk-a')).toMatchObject({
          text: 'later, on b',
          textConflicts: ['earlier, on a'],
        });
    });

    it('for a colour', async () => {
      const { a, b, id } = await sharedHighlight();
      await editApart(
        a,
        b,
        () => updateHighlight(id, { color: 'red' }),
        () => updateHighlight(id, { color: 'blue' }),
      );
      for (const each of [a, b]) expect((await on(each).highlights.get(id))?.color).toBe('blue');
    });

    it('for a tag: removed later on one computer after it was added earlier on the other', async () => {
      const { a, b, id } = await sharedHighlight();
      on(a);
      await updateHighlight(id, { tags: ['gil'] });
      await later();
      on(b);
      await updateHighlight(id, { tags: ['gil'] });
      await b.bridge.syncNow();
      await updateHighlight(id, { tags: [] });
      await rounds(b, a, b);
      for (const each of [a, b]) expect((await on(each).highlights.get(id))?.tags).toEqual([]);
    });

    it('for a deletion: a delete undone later on one computer is not overridden by an earlier delete', async () => {
      const { a, b, id } = await sharedHighlight();
      on(a);
      await deleteHighlight(id);
      await later();
      on(b);
      await deleteHighlight(id);
      await b.bridge.syncNow();
      await restoreHighlight(id);
      await rounds(b, a, b);
      for (const each of [a, b]) expect((await on(each).highlights.get(id))?.deletedAt).toBeNull();
    });

    it('for a reading place: marked unread later after it was marked read earlier', async () => {
      const server = replica('server');
      const a = device(server);
      const b = device(server);
      await editApart(
        a,
        b,
        () => setRead('talk-a', true),
        () => setRead('talk-a', false),
      );
      for (const each of [a, b]) expect((await on(each).readingState.get('talk-a'))?.read).toBe(false);
    });
  });

  describe('a kept note that meets a note written on another computer', () => {
    /** Makes the next two transactions fail as a closed database would, so the change is kept. */
    async function keptEdit(device: TestDevice, edit: () => Promise<unknown>): Promise<KeptChange[]> {
      on(device);
      const database = db();
      const original = database.transaction.bind(database);
      let remaining = 2;
      database.transaction = ((...args: Parameters<typeof original>) =>
        remaining-- > 0
          ? Promise.reject(new Dexie.DatabaseClosedError('closed'))
          : original(...args)) as typeof database.transaction;
      await edit();
      // The window closes with it kept; it comes back at the next start.
      const held = keptChanges();
      forget(held);
      return held;
    }

    it.each([
      ['the other computer wrote later', 'later, on b', 'kept on a'],
      ['the kept note was written later', 'kept on a', 'earlier, on b'],
    ])('keeps both texts on both computers when %s', async (_order, shown, other) => {
      const { a, b, id } = await sharedHighlight();
      const bFirst = other === 'earlier, on b';
      if (bFirst) {
        on(b);
        await updateHighlight(id, { note: 'earlier, on b' });
        await b.bridge.syncNow();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const held = await keptEdit(a, () => updateHighlight(id, { note: 'kept on a' }));
      if (!bFirst) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        on(b);
        await updateHighlight(id, { note: 'later, on b' });
        await b.bridge.syncNow();
      }
      on(a);
      await a.bridge.syncNow();
      expect(await restoreKeptChanges(held)).toBeGreaterThan(0);
      await rounds(a, b, a, b);
      for (const each of [a, b])
        expect(await on(each).highlights.get(id)).toMatchObject({ note: shown, noteConflicts: [other] });
    });
  });
});

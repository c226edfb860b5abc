// Two and three devices and a real pouchdb-server: after every scenario the server and all devices
// hold the same documents with no open conflicts, every text a device wrote is shown or kept as a
// conflicting version, and nothing deleted comes back without a later explicit restore.

import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Hlc } from '../../src/shared/sync/hlc';
import { readingFromDocument } from '../../src/shared/sync/recordDocuments';
import {
  liveTags,
  setField,
  setPosition,
  setTags,
  setText,
  type SyncDocument,
} from '../../src/shared/sync/syncDocument';
import { textSurvives, undoneOnlyByLaterRestore } from '../fixtures/syncRules';
import { Device, remoteDatabase, snapshot } from './devices';
import { startSyncServer, type SyncServer } from './pouchServer';

let server: SyncServer;
let devices: Device[] = [];
let database = '';
let databaseCount = 0;

beforeAll(async () => {
  server = await startSyncServer();
}, 30_000);

afterAll(async () => {
  await server?.stop();
});

afterEach(async () => {
  for (const device of devices) await device.close();
  devices = [];
});

function newDevices(...ids: string[]): Device[] {
  database = `${server.url}reader-${Date.now()}-${databaseCount++}`;
  devices = ids.map((id) => new Device(id, database));
  return devices;
}

/** Syncs until a full round changes nothing, as the app does in the background. */
async function settle(...order: Device[]): Promise<void> {
  for (let round = 0; round < 4; round++) for (const device of order) await device.sync();
}

async function expectConverged(...all: Device[]): Promise<Record<string, string>> {
  const onServer = await snapshot(database);
  for (const device of all) expect(await snapshot(device.db)).toEqual(onServer);
  for (const entry of Object.values(onServer)) expect(JSON.parse(entry).conflicts).toEqual([]);
  return onServer;
}

async function highlight(device: Device, id = 'h1'): Promise<SyncDocument> {
  const document = await device.read(`highlight:${id}`);
  if (!document) throw new Error(`${device.id} has no highlight ${id}`);
  return document;
}

const note = (text: string) => (document: SyncDocument, clock: Parameters<typeof setText>[3]) =>
  setText(document, 'note', text, clock);

async function shared(first: Device, second: Device): Promise<void> {
  await first.edit('highlight', 'h1', (document, clock) =>
    setText(setField(document, 'color', 'yellow', clock), 'note', 'the first text', clock),
  );
  await settle(first, second);
}

describe('two devices and a server', () => {
  it.each([
    ['a first', ['a', 'b']],
    ['b first', ['b', 'a']],
  ])('keeps both texts when both devices edit one note apart (%s)', async (_order, ids) => {
    const [a, b] = newDevices('a', 'b');
    await shared(a, b);
    await a.edit('highlight', 'h1', note('written on a'));
    await b.edit('highlight', 'h1', note('written on b'));
    const order = ids.map((id) => (id === 'a' ? a : b));
    await settle(...order);
    await expectConverged(a, b);
    const text = (await highlight(a)).texts.note;
    expect([text.value, ...text.conflicts.map((conflict) => conflict.value)].sort()).toEqual([
      'written on a',
      'written on b',
    ]);
  });

  it('merges edits to different fields', async () => {
    const [a, b] = newDevices('a', 'b');
    await shared(a, b);
    await a.edit('highlight', 'h1', (document, clock) => setField(document, 'color', 'blue', clock));
    await b.edit('highlight', 'h1', note('a note from b'));
    await settle(a, b);
    await expectConverged(a, b);
    const merged = await highlight(b);
    expect(merged.fields.color.value).toBe('blue');
    expect(merged.texts.note).toMatchObject({ value: 'a note from b', conflicts: [] });
  });

  it.each([
    ['the deleting device first', true],
    ['the editing device first', false],
  ])('keeps a deletion made while the other device edited (%s)', async (_order, deleterFirst) => {
    const [a, b] = newDevices('a', 'b');
    await shared(a, b);
    await a.edit('highlight', 'h1', (document, clock) => setField(document, 'deletedAt', 1000, clock));
    await b.edit('highlight', 'h1', note('edited offline'));
    await settle(...(deleterFirst ? [a, b] : [b, a]));
    await expectConverged(a, b);
    const merged = await highlight(a);
    expect(merged.fields.deletedAt.value).toBe(1000);
    expect(merged.texts.note.value).toBe('edited offline');
  });

  it('lets both devices delete the same note, and a restore from the trash spread', async () => {
    const [a, b] = newDevices('a', 'b');
    await shared(a, b);
    await a.edit('highlight', 'h1', (document, clock) => setField(document, 'deletedAt', 1000, clock));
    await b.edit('highlight', 'h1', (document, clock) => setField(document, 'deletedAt', 2000, clock));
    await settle(a, b);
    await expectConverged(a, b);
    expect((await highlight(b)).fields.deletedAt.value).not.toBeNull();

    await b.edit('highlight', 'h1', (document, clock) => setField(document, 'deletedAt', null, clock));
    await settle(b, a);
    await expectConverged(a, b);
    expect((await highlight(a)).fields.deletedAt.value).toBeNull();
  });

  it.each([
    ['an hour behind', -3_600_000],
    ['an hour ahead', 3_600_000],
    ['a day behind', -86_400_000],
    ['a day ahead', 86_400_000],
  ])('lets an edit made after a sync win on a device whose clock is %s', async (_label, skew) => {
    const [a, b] = newDevices('a', 'b');
    b.skew = skew;
    await shared(a, b);
    await a.edit('highlight', 'h1', (document, clock) => setField(document, 'color', 'red', clock));
    await settle(a, b);
    await b.edit('highlight', 'h1', (document, clock) => setField(document, 'color', 'green', clock));
    await settle(b, a);
    await expectConverged(a, b);
    expect((await highlight(a)).fields.color.value).toBe('green');
  });

  it.each([
    ['a day behind', -86_400_000],
    ['a day ahead', 86_400_000],
  ])('never moves a reading place backwards when a device’s clock is %s', async (_label, skew) => {
    const [a, b] = newDevices('a', 'b');
    b.skew = skew;
    const place = (blockId: string, progress: number) => (document: SyncDocument, clock: Hlc) =>
      setPosition(document, clock.device, { blockId, progress, read: false, clock });
    await a.edit('readingState', 'talk', place('talk-b40', 0.8));
    await settle(a, b);
    await b.edit('readingState', 'talk', place('talk-b3', 0.1));
    await settle(b, a);
    await expectConverged(a, b);
    for (const device of [a, b]) {
      const document = await device.read('readingState:talk');
      expect(document && readingFromDocument(document)).toMatchObject({ blockId: 'talk-b40', progress: 0.8 });
    }
  });

  it('keeps tags added on both devices', async () => {
    const [a, b] = newDevices('a', 'b');
    await shared(a, b);
    await a.edit('highlight', 'h1', (document, clock) => setTags(document, ['gil'], clock));
    await b.edit('highlight', 'h1', (document, clock) => setTags(document, ['jit'], clock));
    await settle(a, b);
    await expectConverged(a, b);
    expect(liveTags(await highlight(b))).toEqual(['gil', 'jit']);
  });

  it('resolves the same conflict on both devices at once into the same revision', async () => {
    const [a, b] = newDevices('a', 'b');
    await shared(a, b);
    await a.edit('highlight', 'h1', note('from a'));
    await b.edit('highlight', 'h1', note('from b'));
    // Both push their edits, then both pull and resolve before either pushes the resolution.
    await a.db.replicate.to(database);
    await b.db.replicate.to(database);
    await Promise.all([a.db.replicate.from(database), b.db.replicate.from(database)]);
    await Promise.all([a.sync(), b.sync()]);
    await settle(a, b);
    await expectConverged(a, b);
    const revision = (await a.db.get('highlight:h1', {}))._rev;
    expect(revision).toBe((await b.db.get('highlight:h1', {}))._rev);
    // The first text, two edits and one shared merge: the history stays short.
    expect(Number(revision.split('-')[0])).toBeLessThanOrEqual(3);
  });

  it('keeps a field written by a newer version through an older client', async () => {
    const [newer, older] = newDevices('newer', 'older');
    await shared(newer, older);
    await newer.edit('highlight', 'h1', (document, clock) => setField(document, 'pinned', true, clock));
    await settle(newer, older);
    // The older client changes only what it knows.
    await older.edit('highlight', 'h1', (document, clock) => setField(document, 'color', 'purple', clock));
    await settle(older, newer);
    await expectConverged(newer, older);
    expect((await highlight(newer)).fields.pinned.value).toBe(true);
  });
});

describe('many changes made offline', () => {
  it('sends 5,000 changes through an interrupted replication, with no duplicates and no gaps', async () => {
    const [a, b] = newDevices('a', 'b');
    for (let index = 0; index < 1000; index++) {
      const id = `bulk-${index}`;
      for (let edit = 0; edit < 5; edit++)
        await a.edit('highlight', id, (document, clock) =>
          setText(setField(document, 'color', edit % 2 ? 'blue' : 'red', clock), 'note', `${id} edit ${edit}`, clock),
        );
    }
    // The first push is cut off after some documents have gone.
    const partial = a.db.replicate.to(database) as Promise<unknown> & {
      cancel(): void;
      on(event: 'change', listener: (info: { docs_written: number }) => void): unknown;
    };
    partial.on('change', (info) => {
      if (info.docs_written > 0) partial.cancel();
    });
    await partial;
    const early = Object.keys(await snapshot(remoteDatabase(database))).length;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(1000);
    await settle(a, b);
    const converged = await expectConverged(a, b);
    expect(Object.keys(converged)).toHaveLength(1000);
    for (const [id, entry] of Object.entries(converged))
      expect(JSON.parse(entry).content.texts.note.value).toBe(`${id.slice('highlight:'.length)} edit 4`);
  }, 120_000);
});

describe('a server killed mid-sync', () => {
  it('loses nothing and duplicates nothing when the server is killed during a push and restarted', async () => {
    const disk = await startSyncServer({ persistent: true });
    try {
      database = `${disk.url}reader-${Date.now()}`;
      devices = [new Device('a', database), new Device('b', database)];
      const [a, b] = devices;
      for (let index = 0; index < 300; index++)
        await a.edit('highlight', `kept-${index}`, (document, clock) =>
          setText(document, 'note', `note ${index}`, clock),
        );
      const push = a.db.replicate.to(database) as Promise<unknown> & {
        on(event: 'change', listener: (info: { docs_written: number }) => void): unknown;
      };
      let killed: Promise<void> | null = null;
      push.on('change', (info) => {
        if (info.docs_written > 0 && !killed) killed = disk.stop('SIGKILL');
      });
      await push.catch(() => undefined);
      await killed;
      await disk.start();
      for (let round = 0; round < 3; round++) for (const device of [a, b]) await device.sync();
      const converged = await expectConverged(a, b);
      expect(Object.keys(converged)).toHaveLength(300);
      expect(JSON.parse(converged['highlight:kept-299']).content.texts.note.value).toBe('note 299');
    } finally {
      await disk.stop();
    }
  }, 120_000);
});

describe('three devices, one offline the whole time', () => {
  it('brings the offline device level when it reconnects, deletions included', async () => {
    const [a, b, offline] = newDevices('a', 'b', 'offline');
    await shared(a, b);
    await offline.sync();
    await a.edit('highlight', 'h1', (document, clock) => setField(document, 'deletedAt', 500, clock));
    await b.edit('highlight', 'h2', note('made while c was away'));
    await offline.edit('highlight', 'h1', note('edited offline for days'));
    await settle(a, b);
    await settle(offline, a, b);
    await expectConverged(a, b, offline);
    expect((await highlight(offline)).fields.deletedAt.value).toBe(500);
    expect((await highlight(offline, 'h2')).texts.note.value).toBe('made while c was away');
  });
});

describe('when the server fails', () => {
  it('pushes everything back to a server that lost its data, deletions still deleted', async () => {
    const [a, b] = newDevices('a', 'b');
    await shared(a, b);
    await a.edit('highlight', 'h1', (document, clock) => setField(document, 'deletedAt', 700, clock));
    await settle(a, b);
    // An in-memory server restarted has nothing: as if its disk were lost.
    await server.stop();
    await server.start();
    expect(await snapshot(remoteDatabase(database))).toEqual({});
    await settle(a, b);
    await expectConverged(a, b);
    expect((await highlight(b)).fields.deletedAt.value).toBe(700);
  });

  it('deletes nothing when replication fails midway', async () => {
    const [a, b] = newDevices('a', 'b');
    await shared(a, b);
    await server.stop();
    await expect(a.sync()).rejects.toBeDefined();
    expect((await highlight(a)).texts.note.value).toBe('the first text');
    await server.start();
    await settle(a, b);
    await expectConverged(a, b);
    expect((await highlight(b)).fields.deletedAt).toBeUndefined();
  });
});

describe('random edits and sync points', () => {
  const step = fc.record({
    device: fc.constantFrom(0, 1, 2),
    action: fc.constantFrom('note', 'color', 'delete', 'restore', 'tag', 'sync'),
    word: fc.constantFrom('alpha', 'beta', 'gamma'),
    record: fc.constantFrom('h1', 'h2'),
  });

  it('always ends with every device and the server alike, no text lost and no deletion undone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 20 }), async (steps) => {
        for (const device of devices) await device.close();
        const all = newDevices('a', 'b', 'c');
        let time = 0;
        for (const { device, action, word, record } of steps) {
          const on = all[device];
          time++;
          if (action === 'sync') await on.sync();
          else
            await on.edit('highlight', record, (document, clock) => {
              const deleted = (document.fields.deletedAt?.value ?? null) !== null;
              if (action === 'note') return setText(document, 'note', `${word} ${time}`, clock);
              if (action === 'color') return setField(document, 'color', word, clock);
              // As in the app: only a live highlight can be deleted, only a deleted one restored.
              if (action === 'delete') return deleted ? document : setField(document, 'deletedAt', time, clock);
              if (action === 'restore') return deleted ? setField(document, 'deletedAt', null, clock) : document;
              return setTags(document, [word], clock);
            });
        }
        const tips = await Promise.all(all.map((device) => snapshot(device.db)));
        await settle(...all);
        const converged = await expectConverged(...all);
        for (const tip of tips)
          for (const [id, entry] of Object.entries(tip)) {
            const before = JSON.parse(entry).content as SyncDocument;
            const after = JSON.parse(converged[id]).content as SyncDocument;
            const text = before.texts.note;
            if (text) expect(textSurvives(text, after.texts.note)).toBe(true);
            expect(undoneOnlyByLaterRestore(before.fields.deletedAt, after.fields.deletedAt)).toBe(true);
          }
      }),
      { numRuns: 16 },
    );
  }, 240_000);
});

// The sync service in real Chromium IndexedDB, with main and the server stood in: "Synced" shows
// only once every change made before the press has gone out, even one made while a round ran.

import { afterEach, describe, expect, it } from 'vitest';
import { highlightRecord } from '../../../../test/fixtures/records';
import { ipcEventSubscriber } from '../../../shared/ipc/contract';
import { createHighlight } from '../storage/highlights';
import { markSent } from '../storage/writes';
import { whileRestoring } from '../storage/restoreLock';
import { setSyncEnabled } from '../storage/syncBridge';
import { deleteTestDatabases, freshTables } from '../storage/testTables';
import { SyncService, type RoundRunner } from './syncService';

const { selectors, citation } = highlightRecord('fixture');

afterEach(async () => {
  Reflect.deleteProperty(window, 'summit');
  await deleteTestDatabases();
});

function signedIn(): void {
  const account = { serverUrl: 'https://couch.example.org', database: 'notes', username: 'ann' };
  Object.defineProperty(window, 'summit', {
    value: {
      getSyncAccount: async () => ({ ok: true, value: { account: { ...account, serverAdmin: false } } }),
      [ipcEventSubscriber('syncSignInClosed')]: () => () => undefined,
    },
    configurable: true,
  });
}

describe('the sync service', () => {
  it('says "Synced" only once a change made while a round ran has gone out too', async () => {
    const database = freshTables('summit-sync-service');
    await setSyncEnabled(true);
    signedIn();
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let rounds = 0;
    // A round sends what the outbox held when it began, as the bridge does; the first one is slow.
    const bridge: RoundRunner = {
      syncNow: async () => {
        const entries = await database.outbox.toArray();
        if (rounds++ === 0) await gate;
        for (const entry of entries) await markSent(entry);
      },
    };
    const service = new SyncService(async () => bridge);
    const seen: string[] = [];
    service.subscribe(() => seen.push(service.status.state));
    const started = service.start();
    await expect.poll(() => rounds).toBe(1);
    // The reader highlights while the round runs, then presses Sync now.
    expect(await createHighlight({ talkId: 't', color: 'red', selectors, citation })).not.toBeNull();
    const pressed = service.syncNow();
    release();
    await Promise.all([started, pressed]);
    service.stop();
    expect(service.status.state).toBe('synced');
    expect(await database.outbox.toArray()).toHaveLength(0);
    // "Synced" never showed while the change still waited.
    expect(seen.filter((state) => state === 'synced')).toHaveLength(1);
  });

  it('waits while a backup is restored, says so, and syncs once the restore ends', async () => {
    freshTables('summit-sync-service');
    await setSyncEnabled(true);
    signedIn();
    let rounds = 0;
    const service = new SyncService(async () => ({ syncNow: async () => void rounds++ }));
    await service.start();
    expect(rounds).toBe(1);
    let finish = (): void => undefined;
    const restoring = whileRestoring(
      () => new Promise<void>((resolve) => (finish = resolve)),
      async () => undefined,
    );
    await service.syncNow();
    expect(service.status).toMatchObject({ state: 'paused', message: expect.stringContaining('restored') });
    expect(rounds).toBe(1);
    finish();
    await restoring;
    await expect.poll(() => service.status.state).toBe('synced');
    expect(rounds).toBe(2);
    service.stop();
  });
});

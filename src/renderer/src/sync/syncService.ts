// Runs sync for the whole app: signs in and out through main, syncs when the reader changes
// something (after a short pause), every few minutes and on request, and says how it went.

import type { SyncAccountView } from '../../../shared/sync/syncApi';
import { describeSyncError } from '../../../shared/sync/syncErrorWords';
import { callMain, onMain } from '../ipc/client';
import { onRestoreChange, restoreRunning } from '../storage/restoreLock';
import { enqueueAllSynced } from '../storage/writes';
import {
  changesWaitingSince,
  onOutboxChange,
  setSyncEnabled,
  SyncBridge,
  syncEnabled,
  type SyncReplica,
} from '../storage/syncBridge';

export type SyncStatus =
  | { state: 'off' }
  | { state: 'syncing' }
  | { state: 'synced'; at: number }
  | { state: 'offline'; message: string }
  | { state: 'paused'; message: string }
  | { state: 'error'; message: string };

/** After a change, wait this long for more before syncing, so typing is sent once. */
const CHANGE_PAUSE_MS = 3000;
const PERIOD_MS = 5 * 60 * 1000;

/** A failed round in words that say what to do; failing to reach the server is "offline". */
function describe(error: unknown): SyncStatus {
  const problem = describeSyncError(error);
  return { state: problem.kind, message: problem.message };
}

/** What views show: the status, the account signed in to and whether sync is on, replaced on each change. */
export interface SyncView {
  status: SyncStatus;
  account: SyncAccountView | null;
  enabled: boolean;
  /** The sign-in window is open. */
  signingIn: boolean;
}

/** What runs one round of sync: the bridge, or a stand-in in tests. */
export interface RoundRunner {
  syncNow(): Promise<unknown>;
}

/** Rounds a press may take to send what was made before it (a change landing during a round). */
const MAX_ROUNDS_PER_PRESS = 3;

export class SyncService {
  constructor(private readonly makeBridge: () => Promise<RoundRunner> = defaultBridge) {}

  view: SyncView = { status: { state: 'off' }, account: null, enabled: false, signingIn: false };
  private bridge: RoundRunner | null = null;
  /** Rounds run one after another. */
  private queue: Promise<void> = Promise.resolve();
  /** When sync was last asked for: only the rounds answering it may say "Synced". */
  private latestPress = 0;
  private readonly listeners = new Set<() => void>();
  private timer: number | undefined;
  private stops: (() => void)[] = [];

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get status(): SyncStatus {
    return this.view.status;
  }

  get account(): SyncAccountView | null {
    return this.view.account;
  }

  get enabled(): boolean {
    return this.view.enabled;
  }

  private update(change: Partial<SyncView>): void {
    this.view = { ...this.view, ...change };
    for (const listener of this.listeners) listener();
  }

  private set(status: SyncStatus): void {
    this.update({ status });
  }

  async start(): Promise<void> {
    // Listeners first, synchronously, so a stop() that comes before the account is read removes them.
    this.stop();
    this.stops.push(onOutboxChange(() => this.soon()));
    this.stops.push(onMain('syncSignInClosed', ({ account }) => void this.signInClosed(account)));
    // A round waits while a backup is restored, and runs as soon as the restore ends.
    this.stops.push(onRestoreChange((running) => void (running ? undefined : this.syncNow())));
    const period = window.setInterval(() => void this.syncNow(), PERIOD_MS);
    this.stops.push(() => window.clearInterval(period));
    const found = await callMain('getSyncAccount');
    const account = found.ok ? found.value.account : null;
    this.update({ account, enabled: account !== null && (await syncEnabled()) });
    this.set({ state: 'off' });
    if (this.enabled) await this.syncNow();
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
    window.clearTimeout(this.timer);
  }

  private soon(): void {
    if (!this.enabled) return;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.syncNow(), CHANGE_PAUSE_MS);
  }

  /**
   * Asks main to open its sign-in window: the page never sees the address or the password. Main
   * says how it ended with `syncSignInClosed` (see start). Returns why it could not open, or null.
   */
  async signIn(): Promise<string | null> {
    const result = await callMain('openSyncSignIn');
    if (!result.ok) return result.error.message;
    this.update({ signingIn: true });
    return null;
  }

  /** The sign-in window closed: with an account, send everything this device has. */
  private async signInClosed(account: SyncAccountView | null): Promise<void> {
    this.update({ signingIn: false });
    if (!account) return;
    this.update({ account });
    this.bridge = null;
    await enqueueAllSynced();
    await this.setEnabled(true);
  }

  async signOut(): Promise<void> {
    await callMain('signOutOfSync');
    this.update({ account: null });
    this.bridge = null;
    await this.setEnabled(false);
  }

  /** Switching sync off keeps everything on this computer; switching it on sends what changed meanwhile. */
  async setEnabled(enabled: boolean): Promise<void> {
    // Shown at once; the round (or "off") follows.
    this.update({ enabled: enabled && this.account !== null });
    await setSyncEnabled(this.enabled);
    if (this.enabled) await this.syncNow();
    else this.set({ state: 'off' });
  }

  /**
   * The bridge for the account signed in to. PouchDB is loaded only here, when sync first runs:
   * most readers never sign in, and it is a large part of the page's script at start-up.
   */
  private async currentBridge(): Promise<RoundRunner> {
    if (this.bridge) return this.bridge;
    this.bridge ??= await this.makeBridge();
    return this.bridge;
  }

  /**
   * Syncs now. Rounds run one after another; a press while one runs is answered by another round
   * after it, and "Synced" shows only once every change made before the press has gone out.
   */
  async syncNow(): Promise<void> {
    if (!this.enabled || !this.account) return this.set({ state: 'off' });
    if (restoreRunning())
      return this.set({ state: 'paused', message: 'Sync waits while a backup is restored; it resumes right after.' });
    const pressedAt = Date.now();
    this.latestPress = pressedAt;
    this.set({ state: 'syncing' });
    const run = this.queue.then(() => this.roundsUntilSent(pressedAt));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async roundsUntilSent(pressedAt: number): Promise<void> {
    try {
      const bridge = await this.currentBridge();
      for (let round = 0; round < MAX_ROUNDS_PER_PRESS; round++) {
        await bridge.syncNow();
        if ((await changesWaitingSince(pressedAt)) > 0) continue;
        // A later press is still to run: until it has, this is not yet "Synced".
        if (pressedAt === this.latestPress) this.set({ state: 'synced', at: Date.now() });
        return;
      }
      const waiting = await changesWaitingSince(pressedAt);
      this.set({
        state: 'error',
        message: `${waiting === 1 ? '1 change is' : `${waiting} changes are`} still waiting to go out. Press Sync now to try again.`,
      });
    } catch (error) {
      this.set(describe(error));
    }
  }
}

/** The default bridge: this window's replica, and the reader's server through main. */
async function defaultBridge(): Promise<RoundRunner> {
  const { localReplica, remoteReplica } = await import('./remoteThroughMain');
  return new SyncBridge(localReplica() as SyncReplica, remoteReplica());
}

export const syncService = new SyncService();

// Runs sync for the whole app: signs in and out through main, syncs when the reader changes
// something (after a short pause), every few minutes and on request, and says how it went.

import type { SyncAccount } from '../../../shared/sync/syncApi';
import { callMain } from '../ipc/client';
import { onRestoreChange, restoreRunning } from '../storage/restoreLock';
import { enqueueAllSynced } from '../storage/writes';
import { onOutboxChange, setSyncEnabled, SyncBridge, syncEnabled, type SyncReplica } from '../storage/syncBridge';

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

function describe(error: unknown): SyncStatus {
  const message = error instanceof Error ? error.message : String(error);
  // Failures to reach the server are "offline": edits keep and go out when it is back.
  if (/fetch failed|ECONNREFUSED|ENOTFOUND|ETIMEDOUT|timeout|network/i.test(message))
    return { state: 'offline', message: `The server cannot be reached (${message}). Changes are kept here.` };
  return { state: 'error', message };
}

/** What views show: the status, the account signed in to and whether sync is on, replaced on each change. */
export interface SyncView {
  status: SyncStatus;
  account: SyncAccount | null;
  enabled: boolean;
}

export class SyncService {
  view: SyncView = { status: { state: 'off' }, account: null, enabled: false };
  private bridge: SyncBridge | null = null;
  private readonly listeners = new Set<() => void>();
  private timer: number | undefined;
  private running: Promise<void> | null = null;
  private stops: (() => void)[] = [];

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get status(): SyncStatus {
    return this.view.status;
  }

  get account(): SyncAccount | null {
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

  /** Signs in (main checks the account and keeps it), then sends everything this device has. */
  async signIn(account: SyncAccount, password: string): Promise<string | null> {
    const result = await callMain('signInToSync', { ...account, password });
    if (!result.ok) return result.error.message;
    this.update({ account: result.value });
    this.bridge = null;
    await enqueueAllSynced();
    await this.setEnabled(true);
    return null;
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
  private async currentBridge(): Promise<SyncBridge> {
    if (this.bridge) return this.bridge;
    const { localReplica, remoteReplica } = await import('./remoteThroughMain');
    this.bridge ??= new SyncBridge(localReplica() as SyncReplica, remoteReplica());
    return this.bridge;
  }

  /** One round now; a round already running is waited for instead of started twice. */
  async syncNow(): Promise<void> {
    if (!this.enabled || !this.account) return this.set({ state: 'off' });
    if (restoreRunning())
      return this.set({ state: 'paused', message: 'Sync waits while a backup is restored; it resumes right after.' });
    if (this.running) return this.running;
    this.set({ state: 'syncing' });
    this.running = this.currentBridge()
      .then((bridge) => bridge.syncNow())
      .then(() => this.set({ state: 'synced', at: Date.now() }))
      .catch((error: unknown) => this.set(describe(error)))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}

export const syncService = new SyncService();

// Runs sync for the whole app: signs in and out through main, syncs when the reader changes
// something (after a short pause), every few minutes and on request, and says how it went.

import type { SyncAccountView } from '../../../shared/sync/syncApi';
import { callMain, onMain } from '../ipc/client';
import { enqueueAllSynced } from '../storage/writes';
import { onOutboxChange, setSyncEnabled, SyncBridge, syncEnabled, type SyncReplica } from '../storage/syncBridge';

export type SyncStatus =
  | { state: 'off' }
  | { state: 'syncing' }
  | { state: 'synced'; at: number }
  | { state: 'offline'; message: string }
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

export class SyncService {
  status: SyncStatus = { state: 'off' };
  account: SyncAccountView | null = null;
  enabled = false;
  /** The sign-in window is open. */
  signingIn = false;
  private bridge: SyncBridge | null = null;
  private readonly listeners = new Set<() => void>();
  private timer: number | undefined;
  private running: Promise<void> | null = null;
  private stops: (() => void)[] = [];

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private set(status: SyncStatus): void {
    this.status = status;
    this.notify();
  }

  async start(): Promise<void> {
    // Listeners first, synchronously, so a stop() that comes before the account is read removes them.
    this.stop();
    this.stops.push(onOutboxChange(() => this.soon()));
    this.stops.push(onMain('syncSignInClosed', ({ account }) => void this.signInClosed(account)));
    const period = window.setInterval(() => void this.syncNow(), PERIOD_MS);
    this.stops.push(() => window.clearInterval(period));
    const found = await callMain('getSyncAccount');
    this.account = found.ok ? found.value.account : null;
    this.enabled = this.account !== null && (await syncEnabled());
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
    this.signingIn = true;
    this.notify();
    return null;
  }

  /** The sign-in window closed: with an account, send everything this device has. */
  private async signInClosed(account: SyncAccountView | null): Promise<void> {
    this.signingIn = false;
    this.notify();
    if (!account) return;
    this.account = account;
    this.bridge = null;
    await enqueueAllSynced();
    await this.setEnabled(true);
  }

  async signOut(): Promise<void> {
    await callMain('signOutOfSync');
    this.account = null;
    this.bridge = null;
    await this.setEnabled(false);
  }

  /** Switching sync off keeps everything on this computer; switching it on sends what changed meanwhile. */
  async setEnabled(enabled: boolean): Promise<void> {
    this.enabled = enabled && this.account !== null;
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

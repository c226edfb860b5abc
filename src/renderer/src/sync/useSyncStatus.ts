// The sync service's state for views: status, account and whether sync is on.

import { useSyncExternalStore } from 'react';
import { syncService, type SyncStatus, type SyncView } from './syncService';

export function useSyncView(): SyncView {
  return useSyncExternalStore(
    (listener) => syncService.subscribe(listener),
    () => syncService.view,
  );
}

export function useSyncStatus(): SyncStatus {
  return useSyncView().status;
}

/**
 * What the library's foot says sync is doing: not set up, off, syncing, synced, paused or offline
 * with the reason, and how many notes have two versions waiting.
 */
export function footText(view: SyncView, versionsWaiting: number, now = Date.now()): string {
  const doing = !view.account ? 'Sync is not set up.' : !view.enabled ? 'Sync is off.' : statusText(view.status, now);
  if (versionsWaiting === 0) return doing;
  const notes = versionsWaiting === 1 ? '1 note has' : `${versionsWaiting} notes have`;
  return `${doing} ${notes} two versions to choose between.`;
}

/** "Synced 3 minutes ago", "Syncing…", or why it is not syncing. */
export function statusText(status: SyncStatus, now = Date.now()): string {
  if (status.state === 'off') return 'Sync is off.';
  if (status.state === 'syncing') return 'Syncing…';
  if (status.state === 'synced') {
    const minutes = Math.floor((now - status.at) / 60_000);
    return minutes < 1 ? 'Synced just now.' : `Synced ${minutes} minute${minutes === 1 ? '' : 's'} ago.`;
  }
  return status.message;
}

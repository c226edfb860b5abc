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

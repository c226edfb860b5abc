// The sync status in the library's corner: synced, syncing, offline or the error's reason.

import { statusText, useSyncStatus } from './useSyncStatus';

export function SyncStatusLine(): React.JSX.Element | null {
  const status = useSyncStatus();
  if (status.state === 'off') return null;
  return (
    <p className={`sync-status sync-${status.state}`} role="status" aria-label="Sync status">
      {statusText(status)}
    </p>
  );
}

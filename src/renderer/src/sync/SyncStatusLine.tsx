// The sync status in the library's foot, always: not set up, off, syncing, synced, paused or
// offline with the reason, and how many notes have two versions waiting.

import { useMemo } from 'react';
import { hasVersionsWaiting } from '../../../shared/annotations';
import { useLiveAnnotations } from '../storage/liveAnnotations';
import { footText, useSyncView } from './useSyncStatus';

export function SyncStatusLine(): React.JSX.Element {
  const view = useSyncView();
  const annotations = useLiveAnnotations();
  const versions = useMemo(() => {
    if (!annotations) return 0;
    const records = [...annotations.highlights.values(), ...annotations.talkNotes.values()];
    return records.filter((record) => record.deletedAt === null && hasVersionsWaiting(record)).length;
  }, [annotations]);
  const state = !view.account ? 'unset' : !view.enabled ? 'off' : view.status.state;
  return (
    <p className={`sync-status sync-${state}`} role="status" aria-label="Sync status">
      {footText(view, versions)}
    </p>
  );
}

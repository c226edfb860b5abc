// Tells the reader when a change could not be saved: kept ones can be retried, lost ones are named.

import { useEffect, useState } from 'react';
import { useKeptChangesFile } from './useKeptChangesFile';
import { onNewerSchema } from '../storage/newerSchema';
import { onRestoreChange, restoreRunning } from '../storage/restoreLock';
import {
  importLegacyPendingWrites,
  onPendingChange,
  onWriteFailure,
  pendingCount,
  retryPendingWrites,
} from '../storage/writes';

export function StorageNotice(): React.JSX.Element | null {
  const [problem, setProblem] = useState<string | null>(null);
  const [kept, setKept] = useState(pendingCount());
  const [restoring, setRestoring] = useState(restoreRunning());
  useKeptChangesFile(setProblem);
  useEffect(() => {
    void importLegacyPendingWrites().catch((error: unknown) =>
      setProblem(`Changes kept by an earlier version could not be saved: ${String(error)}`),
    );
    const stopFailures = onWriteFailure((failure) => setProblem(failure.message));
    const stopPending = onPendingChange((count) => {
      setKept(count);
      if (count === 0) setProblem(null);
    });
    const stopSchema = onNewerSchema(() =>
      setProblem(
        'Summit Reader was updated in another window. Restart this window to keep working with the new version.',
      ),
    );
    const stopRestore = onRestoreChange(setRestoring);
    return () => {
      stopRestore();
      stopFailures();
      stopPending();
      stopSchema();
    };
  }, []);
  if (restoring)
    return (
      <div className="storage-notice" role="status">
        <p>Restoring a backup: changes you make now, and sync, wait until it finishes.</p>
      </div>
    );
  if (!problem && kept === 0) return null;
  const retry = (): void => {
    void retryPendingWrites().catch((error: unknown) =>
      setProblem(`The changes still could not be saved: ${String(error)}`),
    );
  };
  return (
    <div className="storage-notice" role="alert">
      <p>{problem ?? 'Some changes are not saved yet.'}</p>
      {kept > 0 && (
        <p>
          {kept} change{kept === 1 ? ' is' : 's are'} waiting to be saved; if the app closes first, they are tried again
          when it starts.{' '}
          <button type="button" onClick={retry}>
            Retry now
          </button>
        </p>
      )}
      <button type="button" className="link-button" onClick={() => setProblem(null)} hidden={kept > 0}>
        Dismiss
      </button>
    </div>
  );
}

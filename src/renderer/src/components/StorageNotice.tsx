// Tells the reader when a change could not be saved yet, and replays kept changes at start-up.

import { useEffect, useState } from 'react';
import { db } from '../storage/db';
import { onWriteFailure, replayPendingWrites } from '../storage/writes';

export function StorageNotice(): React.JSX.Element | null {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void replayPendingWrites(db()).catch((error: unknown) =>
      setProblem(`Changes kept from your last session could not be saved yet: ${String(error)}`),
    );
    const stopFailures = onWriteFailure(() =>
      setProblem(
        'A change could not be saved to the database. It is kept and will be saved when Summit Reader restarts.',
      ),
    );
    const onVersionChange = (event: IDBVersionChangeEvent): void => {
      if ((event.newVersion ?? 0) > db().verno * 10) {
        setProblem(
          'Summit Reader was updated in another window. Restart this window to keep working with the new version.',
        );
      }
    };
    db().on('versionchange', onVersionChange);
    return () => {
      stopFailures();
      db().on('versionchange').unsubscribe(onVersionChange);
    };
  }, []);
  if (!problem) return null;
  return (
    <p className="storage-notice" role="alert">
      {problem}
    </p>
  );
}

// The automatic backup main keeps because it holds more of the reader's highlights and notes than
// any newer one: which it is, and letting it go once the reader agrees. A refusal is said, and the
// backup stays kept, so nothing is dropped that the reader did not agree to drop.

import { useCallback, useEffect, useState } from 'react';
import { callMain } from '../ipc/client';

export interface KeptBackup {
  name: string;
  savedAt: string;
  live: number;
}

export interface KeptBackupState {
  kept: KeptBackup | null;
  /** Why letting it go failed, in words; null when it did not. */
  failure: string | null;
  release: () => Promise<void>;
}

export function useKeptBackup(): KeptBackupState {
  const [kept, setKept] = useState<KeptBackup | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void callMain('keptBestAutoBackup').then((found) => live && setKept(found.ok ? found.value.backup : null));
    return () => {
      live = false;
    };
  }, []);
  const release = useCallback(async (): Promise<void> => {
    if (!kept) return;
    const result = await callMain('releaseAutoBackup', kept.name);
    if (result.ok) {
      setKept(null);
      setFailure(null);
    } else setFailure(`The backup is still kept: ${result.error.message}`);
  }, [kept]);
  return { kept, failure, release };
}

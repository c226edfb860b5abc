// Says which automatic backup is kept because it holds more of the reader's highlights and notes
// than any newer one, and lets the reader agree to let it go.

import { useEffect, useState } from 'react';
import { callMain } from '../ipc/client';

type Kept = { name: string; savedAt: string; live: number };

export function KeptBackupNotice(): React.JSX.Element | null {
  const [kept, setKept] = useState<Kept | null>(null);
  useEffect(() => {
    let live = true;
    void callMain('keptBestAutoBackup').then((found) => live && setKept(found.ok ? found.value.backup : null));
    return () => {
      live = false;
    };
  }, []);
  if (!kept) return null;
  const release = async (): Promise<void> => {
    const result = await callMain('releaseAutoBackup', kept.name);
    if (result.ok) setKept(null);
  };
  return (
    <p className="muted" role="note" aria-label="Kept backup">
      The automatic backup of {new Date(kept.savedAt).toLocaleString()} holds {kept.live} highlights and notes, more
      than any newer one, so it is kept.{' '}
      <button type="button" className="link-button" onClick={() => void release()}>
        Let it go
      </button>
    </p>
  );
}

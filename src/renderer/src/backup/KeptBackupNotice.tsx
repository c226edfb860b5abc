// Says which automatic backup is kept because it holds more of the reader's highlights and notes
// than any newer one, and offers to let it go.

import { useKeptBackup } from './useKeptBackup';

export function KeptBackupNotice(): React.JSX.Element | null {
  const { kept, failure, release } = useKeptBackup();
  if (!kept) return null;
  return (
    <div className="muted" role="note" aria-label="Kept backup">
      <p>
        The automatic backup of {new Date(kept.savedAt).toLocaleString()} holds {kept.live} highlights and notes, more
        than any newer one, so it is kept.{' '}
        <button type="button" className="link-button" onClick={() => void release()}>
          Let it go
        </button>
      </p>
      {failure && <p role="alert">{failure}</p>}
    </div>
  );
}

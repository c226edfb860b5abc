// Offers the newest automatic backup when the reader's data is missing at start-up; the backups
// themselves and the offer's logic live in useAutoBackup.

import { Dialog } from '../ui/Dialog';
import { useRestoreOffer } from './useAutoBackup';

export function AutoBackup({ onLibraryChanged }: { onLibraryChanged: () => void }): React.JSX.Element | null {
  const { offer, restore, decline } = useRestoreOffer(onLibraryChanged);
  if (!offer) return null;
  return (
    <Dialog label="Restore from a backup" onClose={decline}>
      <h2>Restore from a backup?</h2>
      <p>
        {offer.reason} An automatic backup from {new Date(offer.savedAt).toLocaleString()} is available.
      </p>
      <div className="editor-actions">
        <button type="button" onClick={() => void restore()}>
          Restore the backup
        </button>
        <button type="button" onClick={decline}>
          Start empty
        </button>
      </div>
    </Dialog>
  );
}

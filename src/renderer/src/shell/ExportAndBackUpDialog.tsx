// "Export and back up": the reader's notes as Markdown, and all their data as one file.

import { useState } from 'react';
import { BackupSection } from '../backup/BackupSection';
import { ExportSection } from '../export/ExportSection';
import { Dialog } from '../ui/Dialog';

export function ExportAndBackUpDialog({
  currentTalkId,
  summitYears,
  onClose,
  onLibraryChanged,
}: {
  currentTalkId: string | null;
  summitYears: number[];
  onClose: () => void;
  onLibraryChanged: () => void;
}): React.JSX.Element {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Dialog label="Export and back up" onClose={onClose} closeLabel="Close">
      <ExportSection currentTalkId={currentTalkId} summitYears={summitYears} onMessage={setMessage} />
      <BackupSection
        onMessage={setMessage}
        onRestored={(documentsAdded) => {
          if (documentsAdded > 0) onLibraryChanged();
          onClose();
        }}
      />
      {message && (
        <p className="data-message" role="status">
          {message}
        </p>
      )}
    </Dialog>
  );
}

// "Export and back up": the reader's notes as Markdown, and all their data as one file.

import { lazy, Suspense, useState } from 'react';
import { BackupSection } from '../backup/BackupSection';
import { Dialog } from '../ui/Dialog';

// The export and its template engine load when the dialog first opens, not at start-up.
const ExportSection = lazy(() =>
  import('../export/ExportSection').then(({ ExportSection }) => ({ default: ExportSection })),
);

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
      <Suspense fallback={<p className="muted">Loading the export…</p>}>
        <ExportSection currentTalkId={currentTalkId} summitYears={summitYears} onMessage={setMessage} />
      </Suspense>
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

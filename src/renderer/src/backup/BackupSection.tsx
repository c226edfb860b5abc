// The backup half of "Export and back up": everything the reader made, saved to one file, and a
// restore that shows what it will change before it changes anything. The work is done in
// useBackupAndRestore; this renders it.

import { KeptBackupNotice } from './KeptBackupNotice';
import { plural, useBackupAndRestore, type RestorePlan } from './useBackupAndRestore';

const TABLE_LABELS: Record<keyof RestorePlan, string> = {
  highlights: 'Highlights',
  talkNotes: 'Talk notes',
  readingState: 'Reading places',
  drafts: 'Drafts',
  settings: 'Settings',
};

export function BackupSection({
  onMessage,
  onRestored,
}: {
  onMessage: (message: string | null) => void;
  /** After a restore: whether it added documents to the library. */
  onRestored: (documentsAdded: number) => void;
}): React.JSX.Element {
  const { pending, backUp, chooseRestore, restore, cancel } = useBackupAndRestore(onMessage, onRestored);
  const documents = pending?.backup.importedDocuments?.length ?? 0;
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up and restore</h2>
      <p className="muted">
        A backup holds every highlight, note, draft, reading place and setting, including deletions.
      </p>
      <KeptBackupNotice />
      <div className="editor-actions">
        <button type="button" onClick={() => void backUp()}>
          Back up…
        </button>
        <button type="button" onClick={() => void chooseRestore()}>
          Restore…
        </button>
      </div>
      {pending && (
        <section aria-label="Restore preview" className="restore-preview">
          <p>
            Restoring <strong>{pending.name}</strong> will change:
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Added</th>
                <th scope="col">Updated</th>
                <th scope="col">Unchanged</th>
                <th scope="col">Newer here, kept</th>
              </tr>
            </thead>
            <tbody>
              {(Object.keys(TABLE_LABELS) as (keyof RestorePlan)[]).map((table) => (
                <tr key={table} data-table={table}>
                  <th scope="row">{TABLE_LABELS[table]}</th>
                  <td>{pending.plan[table].added}</td>
                  <td>{pending.plan[table].updated}</td>
                  <td>{pending.plan[table].unchanged}</td>
                  <td>{pending.plan[table].keptNewer}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {documents > 0 && (
            <p>It also holds {plural(documents, 'imported document')}; any the library lacks will be added.</p>
          )}
          <div className="editor-actions">
            <button type="button" onClick={() => void restore()}>
              Restore
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </section>
  );
}

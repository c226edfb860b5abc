// The backup half of "Export and back up": everything the reader made, saved to one file, and a
// restore that shows what it will change before it changes anything.

import { useState } from 'react';
import type { Backup } from '../../../shared/backup/backupFormat';
import { callMain } from '../ipc/client';
import { planRestore, type RestorePlan } from '../storage/backupTables';
import { useToast } from '../ui/ToastProvider';
import { createFullBackup, restoreFull } from './backupStore';
import { KeptBackupNotice } from './KeptBackupNotice';
import { parseBackupFile } from './parseBackupFile';

const TABLE_LABELS: Record<keyof RestorePlan, string> = {
  highlights: 'Highlights',
  talkNotes: 'Talk notes',
  readingState: 'Reading places',
  drafts: 'Drafts',
  settings: 'Settings',
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function BackupSection({
  onMessage,
  onRestored,
}: {
  onMessage: (message: string | null) => void;
  /** After a restore: whether it added documents to the library. */
  onRestored: (documentsAdded: number) => void;
}): React.JSX.Element {
  const toast = useToast();
  const [pending, setPending] = useState<{ backup: Backup; plan: RestorePlan; name: string } | null>(null);

  const backUp = async (): Promise<void> => {
    const backup = await createFullBackup();
    const stamp = backup.exportedAt.slice(0, 10);
    const result = await callMain('saveFiles', 'backup', [
      { name: `Summit Reader backup ${stamp}.json`, content: JSON.stringify(backup, null, 1) },
    ]);
    if (!result.ok) onMessage(`Could not back up: ${result.error.message}`);
    else if (result.value.saved) onMessage(`Backed up to ${result.value.location}.`);
  };

  const chooseRestore = async (): Promise<void> => {
    setPending(null);
    const opened = await callMain('openBackupFile');
    if (!opened.ok) return onMessage(opened.error.message);
    if (opened.value.cancelled) return;
    const parsed = await parseBackupFile(opened.value.content);
    if (!parsed.ok) return onMessage(`${opened.value.name}: ${parsed.error} Your data was not changed.`);
    setPending({ backup: parsed.backup, plan: await planRestore(parsed.backup), name: opened.value.name });
    onMessage(null);
  };

  const restore = async (): Promise<void> => {
    if (!pending) return;
    const restored = await restoreFull(pending.backup);
    setPending(null);
    if (!restored.ok) return onMessage(`${pending.name}: ${restored.error} Your data was not changed.`);
    const { documentsAdded } = restored;
    const documents = documentsAdded > 0 ? ` Added ${plural(documentsAdded, 'imported document')}.` : '';
    toast({ message: `Restored from ${pending.name}.${documents}` });
    onRestored(documentsAdded);
  };

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
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </section>
  );
}

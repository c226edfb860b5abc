// Export, back up and restore: the reader's notes as Markdown, and all their data as one file.

import { useState } from 'react';
import { parseBackup } from '../../../shared/backup/backupFormat';
import { Dialog } from '../components/Dialog';
import { collectExport, type ExportOptions, type ExportScope } from '../export/collectExport';
import { callMain } from '../ipc/client';
import { db } from '../storage/db';
import { useToast } from '../toasts/ToastProvider';
import { createFullBackup, planRestore, restoreFull, type RestorePlan } from './backupStore';
import type { Backup } from '../../../shared/backup/backupFormat';

interface DataDialogProps {
  currentTalkId: string | null;
  summitYears: number[];
  onClose: () => void;
  onLibraryChanged: () => void;
}

const TABLE_LABELS: Record<keyof RestorePlan, string> = {
  highlights: 'Highlights',
  talkNotes: 'Talk notes',
  readingState: 'Reading places',
  drafts: 'Drafts',
  settings: 'Settings',
};

function scopeFrom(value: string, currentTalkId: string | null): ExportScope {
  if (value === 'talk' && currentTalkId) return { kind: 'talk', talkId: currentTalkId };
  if (value.startsWith('summit:')) return { kind: 'summit', year: Number(value.slice(7)) };
  return { kind: 'all' };
}

export function DataDialog({
  currentTalkId,
  summitYears,
  onClose,
  onLibraryChanged,
}: DataDialogProps): React.JSX.Element {
  const toast = useToast();
  const [scope, setScope] = useState(currentTalkId ? 'talk' : 'all');
  const [layout, setLayout] = useState<ExportOptions['layout']>('folder');
  const [style, setStyle] = useState<ExportOptions['style']>('blockquote');
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState<{ backup: Backup; plan: RestorePlan; name: string } | null>(null);

  const files = async () => collectExport({ scope: scopeFrom(scope, currentTalkId), layout, style });

  const copy = async (): Promise<void> => {
    const exported = await files();
    if (exported.length === 0) return setMessage('There are no notes or highlights in this scope yet.');
    const result = await callMain('writeClipboard', exported.map((file) => file.content).join('\n'));
    setMessage(result.ok ? 'Copied as Markdown.' : `Could not copy: ${result.error.message}`);
  };

  const exportFiles = async (): Promise<void> => {
    const exported = await files();
    if (exported.length === 0) return setMessage('There are no notes or highlights in this scope yet.');
    const result = await callMain('saveFiles', 'markdown', exported);
    if (!result.ok) setMessage(`Could not export: ${result.error.message}`);
    else if (result.value.saved)
      setMessage(`Exported ${exported.length} file${exported.length === 1 ? '' : 's'} to ${result.value.location}.`);
  };

  const backUp = async (): Promise<void> => {
    const backup = await createFullBackup(db());
    const stamp = backup.exportedAt.slice(0, 10);
    const result = await callMain('saveFiles', 'backup', [
      { name: `Summit Reader backup ${stamp}.json`, content: JSON.stringify(backup, null, 1) },
    ]);
    if (!result.ok) setMessage(`Could not back up: ${result.error.message}`);
    else if (result.value.saved) setMessage(`Backed up to ${result.value.location}.`);
  };

  const chooseRestore = async (): Promise<void> => {
    setPending(null);
    const opened = await callMain('openBackupFile');
    if (!opened.ok) return setMessage(opened.error.message);
    if (opened.value.cancelled) return;
    const parsed = parseBackup(opened.value.content);
    if (!parsed.ok) return setMessage(`${opened.value.name}: ${parsed.error} Your data was not changed.`);
    setPending({ backup: parsed.backup, plan: await planRestore(db(), parsed.backup), name: opened.value.name });
    setMessage(null);
  };

  const restore = async (): Promise<void> => {
    if (!pending) return;
    const restored = await restoreFull(db(), pending.backup);
    setPending(null);
    if (!restored.ok) return setMessage(`${pending.name}: ${restored.error} Your data was not changed.`);
    const { documentsAdded } = restored;
    if (documentsAdded > 0) onLibraryChanged();
    const documents =
      documentsAdded > 0 ? ` Added ${documentsAdded} imported document${documentsAdded === 1 ? '' : 's'}.` : '';
    toast({ message: `Restored from ${pending.name}.${documents}` });
    onClose();
  };

  return (
    <Dialog label="Export and back up" onClose={onClose}>
      <h2>Export notes as Markdown</h2>
      <div className="data-options">
        <label>
          Notes from
          <select value={scope} onChange={(event) => setScope(event.target.value)}>
            {currentTalkId && <option value="talk">This talk</option>}
            {summitYears.map((year) => (
              <option key={year} value={`summit:${year}`}>
                The {year} summit
              </option>
            ))}
            <option value="all">The whole notebook</option>
          </select>
        </label>
        <label>
          As
          <select value={layout} onChange={(event) => setLayout(event.target.value as ExportOptions['layout'])}>
            <option value="folder">A folder, one file per talk</option>
            <option value="single">One file</option>
          </select>
        </label>
        <label>
          Quotes as
          <select value={style} onChange={(event) => setStyle(event.target.value as ExportOptions['style'])}>
            <option value="blockquote">Block quotes</option>
            <option value="callout">Callouts (one type per colour)</option>
          </select>
        </label>
      </div>
      <div className="editor-actions">
        <button type="button" onClick={() => void copy()}>
          Copy as Markdown
        </button>
        <button type="button" onClick={() => void exportFiles()}>
          Export…
        </button>
      </div>
      <h2>Back up and restore</h2>
      <p className="muted">
        A backup holds every highlight, note, draft, reading place and setting, including deletions.
      </p>
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
          {pending.backup.importedDocuments && pending.backup.importedDocuments.length > 0 && (
            <p>
              It also holds {pending.backup.importedDocuments.length} imported document
              {pending.backup.importedDocuments.length === 1 ? '' : 's'}; any the library lacks will be added.
            </p>
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
      {message && (
        <p className="data-message" role="status">
          {message}
        </p>
      )}
      <div className="editor-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

// Backing up everything the reader made, with the imported documents main keeps, and restoring it
// all or nothing.

import type { Backup } from '../../../shared/backup/backupFormat';
import { callMain } from '../ipc/client';
import { applyRestore, createBackup, undoRestore } from '../storage/backupTables';
import { whileRestoring } from '../storage/restoreLock';
import { retryPendingWrites } from '../storage/writes';

/** A backup of the database plus the original files of imported documents, which main keeps. */
export async function createFullBackup(): Promise<Backup> {
  const backup = await createBackup();
  const documents = await callMain('exportImportedDocuments');
  return documents.ok && documents.value.length > 0 ? { ...backup, importedDocuments: documents.value } : backup;
}

type RestoreOutcome = { ok: true; documentsAdded: number } | { ok: false; error: string };

/**
 * Restores a backup all or nothing, with the reader's edits and sync waiting meanwhile: main first
 * checks and holds its imported documents, then the database part is applied in one transaction,
 * then main adds the documents. If that last step fails, each record the restore wrote is put
 * back as it was, unless it changed since; nothing else is touched.
 */
export async function restoreFull(backup: Backup): Promise<RestoreOutcome> {
  return whileRestoring(() => restoreNow(backup), retryPendingWrites);
}

async function restoreNow(backup: Backup): Promise<RestoreOutcome> {
  const documents = backup.importedDocuments ?? [];
  let token: string | null = null;
  if (documents.length > 0) {
    const staged = await callMain('stageImportedDocuments', documents);
    if (!staged.ok) return { ok: false, error: staged.error.message };
    token = staged.value.token;
    if (staged.value.refused.length > 0) {
      await callMain('discardStagedDocuments', token);
      return { ok: false, error: `Nothing was restored: ${staged.value.refused.join('; ')}` };
    }
  }
  let written;
  try {
    ({ written } = await applyRestore(backup));
  } catch (error) {
    if (token) await callMain('discardStagedDocuments', token);
    return { ok: false, error: `Nothing was restored: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!token) return { ok: true, documentsAdded: 0 };
  const committed = await callMain('commitStagedDocuments', token);
  if (committed.ok) return { ok: true, documentsAdded: committed.value.added };
  await undoRestore(written);
  return { ok: false, error: `Nothing was restored: ${committed.error.message}` };
}

// Backing up and restoring from the "Export and back up" dialog: saving a full backup, opening one
// and working out what it would change, and applying it all or nothing.

import { useState } from 'react';
import type { Backup } from '../../../shared/backup/backupFormat';
import { callMain } from '../ipc/client';
import { planRestore, type RestorePlan } from '../storage/backupTables';
import { useToast } from '../ui/ToastProvider';
import { createFullBackup, restoreFull } from './backupStore';
import { parseBackupFile } from './parseBackupFile';

export type { RestorePlan };

export interface PendingRestore {
  backup: Backup;
  plan: RestorePlan;
  name: string;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function useBackupAndRestore(
  onMessage: (message: string | null) => void,
  onRestored: (documentsAdded: number) => void,
): {
  pending: PendingRestore | null;
  backUp: () => Promise<void>;
  chooseRestore: () => Promise<void>;
  restore: () => Promise<void>;
  cancel: () => void;
} {
  const toast = useToast();
  const [pending, setPending] = useState<PendingRestore | null>(null);

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

  return { pending, backUp, chooseRestore, restore, cancel: () => setPending(null) };
}

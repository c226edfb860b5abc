// Checks a backup's text. The checker is built on the schema library, which the page loads only
// when a backup is opened: it would otherwise be a large part of the script evaluated at start-up.

import type { BackupParse } from '../../../shared/backup/backupFormat';

export async function parseBackupFile(content: string): Promise<BackupParse> {
  const { parseBackup } = await import('../../../shared/backup/backupParser');
  return parseBackup(content);
}

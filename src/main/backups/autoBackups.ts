// Automatic backups in the user-data folder: written atomically, the newest few kept, and offered
// back when the reader's database is found empty or cannot be opened.

import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_BACKUP_BYTES } from '../../shared/backup/backupFormat';
import { writeFileAtomic } from '../fsAtomic';

export const KEEP_AUTOMATIC_BACKUPS = 10;
const PREFIX = 'auto-backup-';

export interface AutoBackupInfo {
  name: string;
  savedAt: string;
  bytes: number;
}

export class AutoBackups {
  constructor(
    private readonly directory: string,
    private readonly keep = KEEP_AUTOMATIC_BACKUPS,
  ) {}

  /** Writes a backup as the newest, then removes all but the newest `keep`. */
  async write(content: string, now = new Date()): Promise<AutoBackupInfo> {
    await mkdir(this.directory, { recursive: true });
    const name = `${PREFIX}${now.toISOString().replace(/[:.]/g, '-')}.json`;
    await writeFileAtomic(join(this.directory, name), content);
    const all = await this.list();
    for (const old of all.slice(this.keep)) await rm(join(this.directory, old.name), { force: true });
    return { name, savedAt: now.toISOString(), bytes: content.length };
  }

  /** Backups, newest first. */
  async list(): Promise<AutoBackupInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.directory);
    } catch {
      return [];
    }
    const backups = [];
    for (const name of names.filter((candidate) => candidate.startsWith(PREFIX) && candidate.endsWith('.json'))) {
      const info = await stat(join(this.directory, name));
      backups.push({ name, savedAt: info.mtime.toISOString(), bytes: info.size });
    }
    return backups.sort((a, b) => b.name.localeCompare(a.name));
  }

  async read(name: string): Promise<string | null> {
    if (!name.startsWith(PREFIX) || name.includes('/') || name.includes('\\')) return null;
    const path = join(this.directory, name);
    try {
      if ((await stat(path)).size > MAX_BACKUP_BYTES) return null;
      return await readFile(path, 'utf8');
    } catch {
      return null;
    }
  }
}

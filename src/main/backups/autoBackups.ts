// Automatic backups in the user-data folder. They protect the reader's data, so they never make
// things worse: content is checked before it is written, a backup that holds nothing never takes
// the place of one that holds data, unchanged data writes nothing, and older generations are kept
// (the last ten, one a day for a week, one a week for a month), ordered by a sequence number in
// the name rather than by the clock, so a clock set back cannot rotate the newest away.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_BACKUP_BYTES, type Backup } from '../../shared/backup/backupFormat';
import { parseBackup } from '../../shared/backup/backupParser';
import type { AutoBackupWrite } from '../../shared/ipc/contract';
import { writeFileAtomic, type AtomicFs } from '../fsAtomic';

export const KEEP_AUTOMATIC_BACKUPS = 10;
const KEEP_DAILY = 7;
const KEEP_WEEKLY = 4;
const DAY_MS = 24 * 60 * 60 * 1000;
const PREFIX = 'auto-backup-';
// auto-backup-<sequence>-<data hash>-<time>.json; earlier versions wrote auto-backup-<time>.json.
const NAME = /^auto-backup-(?:(\d{8})-([0-9a-f]{12})-)?([0-9T-]+Z)\.json$/;

export interface AutoBackupInfo {
  name: string;
  savedAt: string;
  bytes: number;
}

interface Entry {
  name: string;
  sequence: number;
  hash: string | null;
  time: number;
}

function entryOf(name: string): Entry | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const iso = match[3].replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
  return { name, sequence: match[1] ? Number(match[1]) : -1, hash: match[2] ?? null, time: Date.parse(iso) || 0 };
}

/** Newest first: by sequence number, then (for names without one) by name. */
function newestFirst(a: Entry, b: Entry): number {
  return b.sequence - a.sequence || b.name.localeCompare(a.name);
}

function holdsData(backup: Backup): boolean {
  return (
    backup.highlights.length + backup.talkNotes.length + backup.readingState.length + backup.drafts.length > 0 ||
    (backup.importedDocuments?.length ?? 0) > 0
  );
}

/** A hash of what the backup holds, not of when it was made. */
function dataHash(content: string): string {
  const withoutTime = content.replace(/"exportedAt"\s*:\s*"[^"]*"/, '');
  return createHash('sha256').update(withoutTime).digest('hex').slice(0, 12);
}

/** The backups to keep: the newest `keep`, plus the newest of each of the last days and weeks. */
export function backupsToKeep(entries: Entry[], keep: number): Set<string> {
  const ordered = [...entries].sort(newestFirst);
  const kept = new Set(ordered.slice(0, keep).map((entry) => entry.name));
  const newestTime = ordered[0]?.time ?? 0;
  const days = new Set<number>();
  const weeks = new Set<number>();
  for (const entry of ordered) {
    const age = newestTime - entry.time;
    const day = Math.floor(age / DAY_MS);
    const week = Math.floor(age / (7 * DAY_MS));
    if (age >= 0 && day < KEEP_DAILY && !days.has(day)) {
      days.add(day);
      kept.add(entry.name);
    }
    if (age >= 0 && week < KEEP_WEEKLY && !weeks.has(week)) {
      weeks.add(week);
      kept.add(entry.name);
    }
  }
  return kept;
}

export class AutoBackups {
  constructor(
    private readonly directory: string,
    private readonly keep = KEEP_AUTOMATIC_BACKUPS,
    private readonly files?: AtomicFs,
  ) {}

  private async entries(): Promise<Entry[]> {
    let names: string[];
    try {
      names = await readdir(this.directory);
    } catch {
      return [];
    }
    return names.map(entryOf).filter((entry): entry is Entry => entry !== null);
  }

  /** Writes a backup as the newest, unless it is invalid, unchanged, or empty where data was backed up. */
  async write(content: string, now = new Date()): Promise<AutoBackupWrite> {
    const bytes = Buffer.byteLength(content, 'utf8');
    if (bytes > MAX_BACKUP_BYTES) {
      return {
        written: false,
        reason: 'too-large',
        message: `The automatic backup would be ${(bytes / 1048576).toFixed(0)} MB; backups are at most ${MAX_BACKUP_BYTES / 1048576} MB. Export your notes, or remove large imported documents.`,
      };
    }
    const parsed = parseBackup(content, bytes);
    if (!parsed.ok) return { written: false, reason: 'invalid', message: `Not a valid backup: ${parsed.error}` };
    const entries = (await this.entries()).sort(newestFirst);
    const hash = dataHash(content);
    if (entries[0]?.hash === hash) return { written: false, reason: 'unchanged', message: 'Nothing changed.' };
    if (!holdsData(parsed.backup) && (await this.anyHoldsData(entries))) {
      return {
        written: false,
        reason: 'empty',
        message: 'The database is empty while earlier backups hold data, so those backups are kept as they are.',
      };
    }
    await mkdir(this.directory, { recursive: true });
    const sequence = Math.max(0, ...entries.map((entry) => entry.sequence + 1));
    const name = `${PREFIX}${String(sequence).padStart(8, '0')}-${hash}-${now.toISOString().replace(/[:.]/g, '-')}.json`;
    await writeFileAtomic(join(this.directory, name), content, this.files);
    const keep = backupsToKeep([...entries, { name, sequence, hash, time: now.getTime() }], this.keep);
    for (const entry of entries) if (!keep.has(entry.name)) await rm(join(this.directory, entry.name), { force: true });
    return { written: true, name, savedAt: now.toISOString() };
  }

  private async anyHoldsData(entries: Entry[]): Promise<boolean> {
    for (const entry of entries) {
      const content = await this.read(entry.name);
      const parsed = content === null ? null : parseBackup(content);
      if (parsed?.ok && holdsData(parsed.backup)) return true;
    }
    return false;
  }

  /** Backups, newest first. */
  async list(): Promise<AutoBackupInfo[]> {
    const entries = (await this.entries()).sort(newestFirst);
    const backups: AutoBackupInfo[] = [];
    for (const entry of entries) {
      const info = await stat(join(this.directory, entry.name)).catch(() => null);
      if (info)
        backups.push({
          name: entry.name,
          savedAt: new Date(entry.time || info.mtimeMs).toISOString(),
          bytes: info.size,
        });
    }
    return backups;
  }

  async read(name: string): Promise<string | null> {
    if (!entryOf(name)) return null;
    const path = join(this.directory, name);
    try {
      if ((await stat(path)).size > MAX_BACKUP_BYTES) return null;
      return await readFile(path, 'utf8');
    } catch {
      return null;
    }
  }
}

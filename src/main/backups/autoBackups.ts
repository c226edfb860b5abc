// Automatic backups in the user-data folder. They protect the reader's data, so they never make
// things worse: content is checked before it is written, a backup that holds nothing never takes
// the place of one that holds data, unchanged data writes nothing, and older generations are kept
// (the last ten, one a day for a week, one a week for a month), ordered by a sequence number in
// the name rather than by the clock, so a clock set back cannot rotate the newest away, and a
// clock set far ahead cannot age the others out. The newest backup holding the most live
// highlights and notes is kept whatever the rotation says, until the reader lets it go, so a
// run of deletions cannot rotate every good backup away. One backup is written at a time.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
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
// auto-backup-<sequence>-<data hash>-l<live records>-<time>.json; earlier versions wrote
// auto-backup-<sequence>-<data hash>-<time>.json and auto-backup-<time>.json.
const NAME = /^auto-backup-(?:(\d{8})-([0-9a-f]{12})-)?(?:l(\d{1,9})-)?([0-9T-]+Z)\.json$/;
/** The backup the reader agreed to let go, though it holds the most live records. */
const RELEASED_FILE = 'released-backup.json';

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
  /** Live highlights and talk notes it holds; null when its name does not say (an older backup). */
  live?: number | null;
}

/** The backup kept because it holds the most live records, and how many. */
export interface KeptBestBackup {
  name: string;
  savedAt: string;
  live: number;
}

function entryOf(name: string): Entry | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const iso = match[4].replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
  return {
    name,
    sequence: match[1] ? Number(match[1]) : -1,
    hash: match[2] ?? null,
    time: Date.parse(iso) || 0,
    live: match[3] ? Number(match[3]) : null,
  };
}

/** The highlights and talk notes a backup holds that are not deletions. */
function liveRecords(backup: Backup): number {
  return (
    backup.highlights.filter((record) => record.deletedAt === null).length +
    backup.talkNotes.filter((record) => record.deletedAt === null).length
  );
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

/**
 * The time rotation counts ages from: now, unless now is more than a day ahead of the newest
 * backup (a clock set far ahead, or a first backup after time away), then that backup's time.
 * Backups dated more than a day after `now` (written while the clock was ahead) are ignored.
 */
export function rotationTime(entries: Entry[], now: number): number {
  const known = entries.map((entry) => entry.time).filter((time) => time > 0 && time <= now + DAY_MS);
  if (known.length === 0) return now;
  const newest = Math.max(...known);
  return now > newest + DAY_MS ? newest : now;
}

/** The backups to keep: the newest `keep`, plus the newest of each of the last days and weeks. */
export function backupsToKeep(entries: Entry[], keep: number, reference?: number): Set<string> {
  const ordered = [...entries].sort(newestFirst);
  const kept = new Set(ordered.slice(0, keep).map((entry) => entry.name));
  const newestTime = reference ?? ordered[0]?.time ?? 0;
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
  /** Writes run one after another: the sequence number is taken inside this lock. */
  private writing: Promise<unknown> = Promise.resolve();

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
    const run = this.writing.then(
      () => this.writeNow(content, now),
      () => this.writeNow(content, now),
    );
    this.writing = run.catch(() => undefined);
    return run;
  }

  private async writeNow(content: string, now: Date): Promise<AutoBackupWrite> {
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
    const live = liveRecords(parsed.backup);
    const name = `${PREFIX}${String(sequence).padStart(8, '0')}-${hash}-l${live}-${now.toISOString().replace(/[:.]/g, '-')}.json`;
    await writeFileAtomic(join(this.directory, name), content, this.files);
    const all = [...entries, { name, sequence, hash, time: now.getTime(), live }];
    const keep = backupsToKeep(all, this.keep, rotationTime(entries, now.getTime()));
    const best = await this.best(all);
    if (best) keep.add(best.name);
    for (const entry of entries) if (!keep.has(entry.name)) await rm(join(this.directory, entry.name), { force: true });
    return { written: true, name, savedAt: now.toISOString() };
  }

  /** How many live records a backup holds: from its name, or read from the file (older names). */
  private async liveOf(entry: Entry): Promise<number> {
    if (typeof entry.live === 'number') return entry.live;
    const content = await this.read(entry.name);
    const parsed = content === null ? null : parseBackup(content);
    entry.live = parsed?.ok ? liveRecords(parsed.backup) : 0;
    return entry.live;
  }

  /** The newest backup holding the most live records, unless the reader let it go. */
  private async best(entries: Entry[]): Promise<Entry | null> {
    const released = await this.released();
    let best: Entry | null = null;
    let most = 0;
    for (const entry of [...entries].sort(newestFirst)) {
      const live = await this.liveOf(entry);
      if (live > most) {
        best = entry;
        most = live;
      }
    }
    return best && best.name !== released ? best : null;
  }

  private async released(): Promise<string | null> {
    const text = await readFile(join(this.directory, RELEASED_FILE), 'utf8').catch(() => null);
    const name: unknown = text === null ? null : JSON.parse(text);
    return typeof name === 'string' ? name : null;
  }

  /**
   * The backup kept only because it holds the most live records (the rotation would have let it
   * go), or null: the reader is asked before it may go.
   */
  async keptBest(): Promise<KeptBestBackup | null> {
    const entries = (await this.entries()).sort(newestFirst);
    const best = await this.best(entries);
    if (!best) return null;
    const rotation = backupsToKeep(entries, this.keep, rotationTime(entries, Date.now()));
    if (rotation.has(best.name)) return null;
    return { name: best.name, savedAt: new Date(best.time).toISOString(), live: await this.liveOf(best) };
  }

  /** The reader agrees to let the kept best backup go: the next rotation may remove it. */
  async release(name: string): Promise<boolean> {
    if (!entryOf(name)) return false;
    await mkdir(this.directory, { recursive: true });
    await writeFile(join(this.directory, RELEASED_FILE), JSON.stringify(name));
    return true;
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

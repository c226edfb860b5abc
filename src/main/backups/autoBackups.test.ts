import * as fs from 'node:fs/promises';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, MAX_BACKUP_BYTES } from '../../shared/backup/backupFormat';
import type { AtomicFs } from '../fsAtomic';
import { AutoBackups, backupsToKeep } from './autoBackups';
import type { HighlightRecord } from '../../shared/annotations';
import { highlightRecord } from '../../../test/fixtures/records';

/** A valid backup holding `places` reading places (0 = an empty database), and these highlights. */
function backup(places: number, exportedAt = '2026-11-21T10:00:00.000Z', highlights: HighlightRecord[] = []): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt,
    highlights,
    talkNotes: [],
    readingState: Array.from({ length: places }, (_, index) => ({
      talkId: `talk-${index}`,
      blockId: null,
      progress: 0.5,
      read: false,
      updatedAt: 1000 + index,
    })),
    drafts: [],
    settings: [],
  });
}

const folder = () => join(mkdtempSync(join(tmpdir(), 'summit-auto-')), 'backups');
const minute = (n: number) => new Date(Date.UTC(2026, 10, 21, 10, n));

describe('automatic backups', () => {
  it('writes a new backup only when the data changed, and lists them newest first', async () => {
    const backups = new AutoBackups(folder(), 3);
    for (let n = 1; n <= 5; n++) expect((await backups.write(backup(n), minute(n))).written).toBe(true);
    expect(await backups.write(backup(5, '2026-11-21T11:00:00.000Z'), minute(6))).toMatchObject({
      written: false,
      reason: 'unchanged',
    });
    const listed = await backups.list();
    expect(listed).toHaveLength(3);
    expect(listed[0].name).toMatch(/^auto-backup-00000004-[0-9a-f]{12}-l0-2026-11-21T10-05-00-000Z\.json$/);
    expect(JSON.parse((await backups.read(listed[0].name)) ?? '{}').readingState).toHaveLength(5);
  });

  it('never lets a backup of an empty database push out the backups that hold data', async () => {
    const directory = folder();
    const backups = new AutoBackups(directory, 2);
    await backups.write(backup(3), minute(1));
    // "Start empty" on the restore offer, then ten changes to an empty database:
    for (let n = 2; n < 12; n++)
      expect(await backups.write(backup(0, `2026-11-21T10:${n}:00.000Z`), minute(n))).toMatchObject({
        written: false,
        reason: 'empty',
      });
    const listed = await backups.list();
    expect(listed).toHaveLength(1);
    expect(JSON.parse((await backups.read(listed[0].name)) ?? '{}').readingState).toHaveLength(3);
  });

  it('keeps the backup just written when the clock was set back', async () => {
    const backups = new AutoBackups(folder(), 2);
    await backups.write(backup(1), new Date(Date.UTC(2027, 0, 1)));
    await backups.write(backup(2), new Date(Date.UTC(2027, 0, 2)));
    const written = await backups.write(backup(3), new Date(Date.UTC(2020, 0, 1)));
    expect(written.written).toBe(true);
    const listed = await backups.list();
    expect(written.written && listed[0].name).toBe(written.written ? written.name : null);
    expect(JSON.parse((await backups.read(listed[0].name)) ?? '{}').readingState).toHaveLength(3);
  });

  it('refuses content that is not a valid backup, or too large, and rotates nothing', async () => {
    const directory = folder();
    const backups = new AutoBackups(directory, 1);
    await backups.write(backup(1), minute(1));
    expect(await backups.write('{"anything": true}', minute(2))).toMatchObject({ written: false, reason: 'invalid' });
    expect(await backups.write('x'.repeat(MAX_BACKUP_BYTES + 1), minute(3))).toMatchObject({
      written: false,
      reason: 'too-large',
      message: expect.stringContaining('at most 100 MB'),
    });
    expect(readdirSync(directory)).toHaveLength(1);
  });

  it('leaves no partial file and keeps the old backups when the disk fills up midway', async () => {
    const directory = folder();
    const backups = new AutoBackups(directory, 2);
    await backups.write(backup(1), minute(1));
    const before = readdirSync(directory);
    const fullDisk: AtomicFs = {
      ...fs,
      open: (async (path: string, flags: string) => {
        const handle = await fs.open(path, flags);
        // The write gets half way, then the disk is full.
        handle.writeFile = async (data: string | Uint8Array) => {
          await fs.appendFile(path, String(data).slice(0, 100));
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        };
        return handle;
      }) as AtomicFs['open'],
    };
    const failing = new AutoBackups(directory, 2, fullDisk);
    await expect(failing.write(backup(2), minute(2))).rejects.toThrow('ENOSPC');
    expect(readdirSync(directory)).toEqual(before);
    expect(JSON.parse(readFileSync(join(directory, before[0]), 'utf8')).readingState).toHaveLength(1);
  });

  it('keeps the last few, one a day for a week and one a week for a month', () => {
    const day = 24 * 60 * 60 * 1000;
    const start = Date.UTC(2026, 0, 31);
    // One backup an hour for 40 days.
    const entries = Array.from({ length: 40 * 24 }, (_, index) => ({
      name: `b${index}`,
      sequence: index,
      hash: null,
      time: start - 40 * day + index * (day / 24),
    }));
    const kept = backupsToKeep(entries, 10);
    const newest = entries.at(-1)?.time ?? 0;
    const ages = [...kept].map((name) => (newest - (entries.find((entry) => entry.name === name)?.time ?? 0)) / day);
    expect(ages.filter((age) => age < 1).length).toBeGreaterThanOrEqual(10);
    for (let d = 1; d < 7; d++)
      expect(
        ages.some((age) => age >= d && age < d + 1),
        `day ${d}`,
      ).toBe(true);
    for (let w = 1; w < 4; w++)
      expect(
        ages.some((age) => age >= 7 * w && age < 7 * (w + 1)),
        `week ${w}`,
      ).toBe(true);
    expect(kept.size).toBeLessThanOrEqual(10 + 7 + 4);
  });

  it('reads only its own files, including those earlier versions named by time alone', async () => {
    const directory = folder();
    const backups = new AutoBackups(directory);
    expect(await backups.read('../../etc/passwd')).toBeNull();
    expect(await backups.read('auto-backup-missing.json')).toBeNull();
    expect(await backups.list()).toEqual([]);
    await fs.mkdir(directory, { recursive: true });
    writeFileSync(join(directory, 'auto-backup-2026-11-21T10-00-00-000Z.json'), backup(1));
    await backups.write(backup(2), minute(5));
    const listed = await backups.list();
    expect(listed.map((entry) => entry.name.slice(0, 21))).toEqual(['auto-backup-00000000-', 'auto-backup-2026-11-2']);
  });

  it('keeps the newest backup holding the most live highlights until the reader lets it go', async () => {
    const directory = folder();
    const backups = new AutoBackups(directory, 10);
    const live = [1, 2, 3].map((n) => highlightRecord(`h${n}`));
    await backups.write(backup(1, '2026-11-21T10:01:00.000Z', live), minute(1));
    // Every highlight becomes a deletion, then a dozen more changes are backed up.
    for (let n = 2; n < 15; n++) {
      const deleted = live.map((record) => ({ ...record, deletedAt: 5, updatedAt: 5 }));
      await backups.write(backup(n, `2026-11-21T10:${String(n).padStart(2, '0')}:00.000Z`, deleted), minute(n));
    }
    const kept = await backups.keptBest();
    expect(kept).toMatchObject({ live: 3, name: expect.stringMatching(/^auto-backup-00000000-/) });
    const listed = await backups.list();
    expect(listed).toHaveLength(11);
    expect(listed.at(-1)?.name).toBe(kept?.name);
    expect(JSON.parse((await backups.read(kept?.name ?? '')) ?? '{}').highlights[0].deletedAt).toBeNull();

    // The reader agrees: the next rotation lets it go.
    expect(await backups.release(kept?.name ?? '')).toBe(true);
    await backups.write(backup(20), minute(20));
    expect((await backups.list()).map((entry) => entry.name)).not.toContain(kept?.name);
    expect(await backups.keptBest()).toBeNull();
  });

  it('ignores a clock set far ahead when rotating: one write dated 2099 ages nothing out', async () => {
    const backups = new AutoBackups(folder(), 3);
    const day = (n: number) => new Date(Date.UTC(2026, 10, n, 12));
    // Six generations, one a day: the three newest and one a day for the week, so all six.
    for (let n = 1; n <= 6; n++) await backups.write(backup(n), day(n));
    expect(await backups.list()).toHaveLength(6);
    await backups.write(backup(7), new Date(Date.UTC(2099, 0, 1)));
    expect(await backups.list()).toHaveLength(7);
    // Back at the right time, the days are still counted from the real newest backup.
    await backups.write(backup(8), day(7));
    const listed = await backups.list();
    expect(listed).toHaveLength(8);
    expect(JSON.parse((await backups.read(listed[0].name)) ?? '{}').readingState).toHaveLength(8);
  });

  it('writes one backup at a time: two at once get their own sequence numbers, in the order asked', async () => {
    for (let trial = 0; trial < 20; trial++) {
      const backups = new AutoBackups(folder(), 10);
      await backups.write(backup(1), minute(1));
      const [first, second] = await Promise.all([
        backups.write(backup(2), minute(2)),
        backups.write(backup(3), minute(3)),
      ]);
      const listed = await backups.list();
      expect(listed.map((entry) => entry.name.slice(12, 20))).toEqual(['00000002', '00000001', '00000000']);
      expect(listed[0].name).toBe(second.written && second.name);
      expect(listed[1].name).toBe(first.written && first.name);
    }
  });
});

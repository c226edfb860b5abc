import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AutoBackups } from './autoBackups';

describe('automatic backups', () => {
  it('keeps the newest few and lists them newest first', async () => {
    const directory = join(mkdtempSync(join(tmpdir(), 'summit-auto-')), 'backups');
    const backups = new AutoBackups(directory, 3);
    for (let minute = 0; minute < 5; minute++)
      await backups.write(`{"n":${minute}}`, new Date(Date.UTC(2026, 10, 21, 10, minute)));
    const listed = await backups.list();
    expect(listed.map((backup) => backup.name)).toEqual([
      'auto-backup-2026-11-21T10-04-00-000Z.json',
      'auto-backup-2026-11-21T10-03-00-000Z.json',
      'auto-backup-2026-11-21T10-02-00-000Z.json',
    ]);
    expect(readdirSync(directory)).toHaveLength(3);
    expect(await backups.read(listed[0].name)).toBe('{"n":4}');
  });

  it('reads only its own files', async () => {
    const backups = new AutoBackups(mkdtempSync(join(tmpdir(), 'summit-auto-')));
    expect(await backups.read('../../etc/passwd')).toBeNull();
    expect(await backups.read('auto-backup-missing.json')).toBeNull();
    expect(await backups.list()).toEqual([]);
  });
});

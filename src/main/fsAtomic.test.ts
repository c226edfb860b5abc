import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicFs } from './fsAtomic';

describe('atomic writes', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'summit-atomic-'));
    const path = join(directory, 'state.json');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, '{"new": true}');
    expect(readFileSync(path, 'utf8')).toBe('{"new": true}');
    expect(readdirSync(directory)).toEqual(['state.json']);
  });

  it('leaves the old file whole when the disk fills halfway through the new one', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'summit-atomic-'));
    const path = join(directory, 'state.json');
    writeFileSync(path, 'the old contents');
    // The new file's handle writes half its data, then fails as a full disk does.
    const fullDisk: AtomicFs = {
      ...fs,
      open: (async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args);
        return Object.assign(handle, {
          writeFile: async (data: string) => {
            await fs.appendFile(args[0], data.slice(0, data.length / 2));
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          },
        });
      }) as typeof fs.open,
    };
    await expect(writeFileAtomic(path, 'x'.repeat(10_000), fullDisk)).rejects.toThrow('ENOSPC');
    expect(readFileSync(path, 'utf8')).toBe('the old contents');
    expect(readdirSync(directory)).toEqual(['state.json']);
  });

  it('leaves the old file whole when the new one cannot be moved into place', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'summit-atomic-'));
    const path = join(directory, 'state.json');
    writeFileSync(path, 'the old contents');
    const refusing: AtomicFs = {
      ...fs,
      rename: async () => Promise.reject(new Error('EPERM: operation not permitted')),
    };
    await expect(writeFileAtomic(path, 'new', refusing)).rejects.toThrow('EPERM');
    expect(readFileSync(path, 'utf8')).toBe('the old contents');
    expect(readdirSync(directory)).toEqual(['state.json']);
  });
});

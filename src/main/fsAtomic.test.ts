import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './fsAtomic';

describe('atomic writes', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'summit-atomic-'));
    const path = join(directory, 'state.json');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, '{"new": true}');
    expect(readFileSync(path, 'utf8')).toBe('{"new": true}');
    expect(readdirSync(directory)).toEqual(['state.json']);
  });

  it('leaves the old file untouched when the write cannot happen', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'summit-atomic-'));
    await expect(writeFileAtomic(join(directory, 'missing-folder', 'state.json'), 'x')).rejects.toThrow();
    expect(readdirSync(directory)).toEqual([]);
  });
});

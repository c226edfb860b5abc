import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, CORPUS_DIRECTORY } from '../../../test/fixtures/bundledCorpus';

const projectRoot = join(CORPUS_DIRECTORY, '..', '..');

function runCorpus(...files: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', ['run', '--silent', 'corpus', '--', ...files], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run --silent corpus', () => {
  it('prints the parsed documents as a JSON array in the documented shape', () => {
    const files = Object.values(BUNDLED).map((name) => join(CORPUS_DIRECTORY, name));
    const { status, stdout } = runCorpus(...files);
    expect(status).toBe(0);
    const documents = JSON.parse(stdout) as Record<string, unknown>[];
    expect(documents).toHaveLength(5);
    for (const document of documents) {
      expect(Object.keys(document)).toEqual(
        expect.arrayContaining(['id', 'title', 'kind', 'summitYear', 'date', 'talks']),
      );
      expect(['article', 'episode', 'transcript']).toContain(document.kind);
      expect(document.date === null || /^\d{4}-\d{2}-\d{2}$/.test(String(document.date))).toBe(true);
      for (const talk of document.talks as Record<string, unknown>[]) {
        expect(Object.keys(talk)).toEqual(['id', 'title', 'speakers', 'blocks']);
        for (const block of talk.blocks as Record<string, unknown>[]) {
          expect(typeof block.id).toBe('string');
          expect(typeof block.text).toBe('string');
          if (block.type === 'segment') expect(typeof block.start).toBe('number');
        }
      }
    }
    expect(documents.map((document) => document.summitYear).sort()).toEqual([2022, 2023, 2024, 2025, 2025]);
  });

  it('exits non-zero with a clear message on a file it cannot read', () => {
    const { status, stderr, stdout } = runCorpus(join(tmpdir(), 'summit-reader-no-such-file.md'));
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/cannot read .*summit-reader-no-such-file\.md: ENOENT/);
    expect(stdout).toBe('');
  });

  it('exits non-zero on a file it cannot parse', () => {
    const directory = mkdtempSync(join(tmpdir(), 'summit-reader-cli-'));
    const empty = join(directory, 'empty.md');
    writeFileSync(empty, '');
    const { status, stderr } = runCorpus(empty);
    expect(status).not.toBe(0);
    expect(stderr).toContain('The file is empty.');
  });

  it('recognises a document by content whatever the file is called', () => {
    const directory = mkdtempSync(join(tmpdir(), 'summit-reader-cli-'));
    const renamed = join(directory, 'notes.html');
    writeFileSync(renamed, execFileSync('cat', [join(CORPUS_DIRECTORY, BUNDLED.transcript2025)]));
    const documents = JSON.parse(runCorpus(renamed).stdout) as { kind: string }[];
    expect(documents[0].kind).toBe('transcript');
  });
});

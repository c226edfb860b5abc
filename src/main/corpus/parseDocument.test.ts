import { describe, expect, it } from 'vitest';
import { BUNDLED, bundledBytes } from '../../../test/fixtures/bundledCorpus';
import { MAX_DOCUMENT_BYTES, decodeText, detectFormat, parseDocumentBytes, parseDocumentText } from './parseDocument';

describe('format detection', () => {
  it.each([
    [BUNDLED.lightning2025, 'markdown-frontmatter'],
    [BUNDLED.lightning2024, 'markdown-frontmatter'],
    [BUNDLED.posts2023, 'blog-dump'],
    [BUNDLED.episode2022, 'episode-page'],
    [BUNDLED.transcript2025, 'transcript'],
  ])('recognises %s as %s from its content alone', (name, format) => {
    const text = decodeText(bundledBytes(name));
    expect(text).not.toBeNull();
    expect(detectFormat(text ?? '')).toBe(format);
  });
});

describe('ids', () => {
  it('are the same every time a document is parsed', () => {
    const first = parseDocumentBytes(bundledBytes(BUNDLED.posts2023));
    const second = parseDocumentBytes(bundledBytes(BUNDLED.posts2023));
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.document.talks.map((talk) => talk.id)).toEqual(first.document.talks.map((talk) => talk.id));
    expect(second.document.talks.flatMap((talk) => talk.blocks.map((block) => block.id))).toEqual(
      first.document.talks.flatMap((talk) => talk.blocks.map((block) => block.id)),
    );
  });

  it('are unique across the whole bundled corpus', () => {
    const ids = Object.values(BUNDLED).flatMap((name) => {
      const result = parseDocumentBytes(bundledBytes(name));
      if (!result.ok) throw new Error(result.error);
      const { document } = result;
      return [
        document.id,
        ...document.intro.map((block) => block.id),
        ...document.talks.flatMap((talk) => [talk.id, ...talk.blocks.map((block) => block.id)]),
      ];
    });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are slugs that URLs and Markdown block references accept', () => {
    const result = parseDocumentBytes(bundledBytes(BUNDLED.lightning2024));
    if (!result.ok) throw new Error(result.error);
    for (const talk of result.document.talks) {
      expect(talk.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      for (const block of talk.blocks) expect(block.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    }
  });
});

describe('malformed input', () => {
  it('refuses an empty file with a clear message', () => {
    expect(parseDocumentBytes(new Uint8Array())).toEqual({ ok: false, error: 'The file is empty.' });
    expect(parseDocumentText(' \n\n\t\n')).toEqual({ ok: false, error: 'The file is empty.' });
  });

  it('refuses binary garbage', () => {
    const bytes = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed & 0xff;
    }
    const result = parseDocumentBytes(bytes);
    expect(result).toEqual({ ok: false, error: 'The file is not a text document (it looks like binary data).' });
  });

  it('refuses a file over the size limit, naming the limit', () => {
    const result = parseDocumentBytes(new Uint8Array(MAX_DOCUMENT_BYTES + 1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('the limit is 20 MB');
  });

  it('reads a file of one huge line as a single document, quickly', () => {
    const line = 'The Language Summit 2031 was long. '.repeat(150_000);
    const started = performance.now();
    const result = parseDocumentText(line);
    const elapsed = performance.now() - started;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.talks[0].blocks).toHaveLength(1);
    expect(result.document.summitYear).toBe(2031);
    // Not a speed target: a guard against a pattern that backtracks quadratically on long lines.
    expect(elapsed).toBeLessThan(20_000);
  });

  it('reads text that is not UTF-8 as Windows-1252', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('# Caf'),
      0xe9,
      0x0a,
      0x0a,
      ...new TextEncoder().encode('Text.'),
    ]);
    const result = parseDocumentBytes(bytes);
    expect(result.ok && result.document.title).toBe('Café');
  });
});

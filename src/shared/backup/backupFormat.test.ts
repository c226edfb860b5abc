import { describe, expect, it } from 'vitest';
import { highlightRecord } from '../../../test/fixtures/records';
import { BACKUP_FORMAT, canonicalJson, nestingDepth, toWebAnnotations, type Backup } from './backupFormat';
import { parseBackup } from './backupParser';

const highlight = highlightRecord('h1', {
  talkId: 't1',
  color: 'yellow',
  note: 'note',
  selectors: {
    quote: { exact: 'quoted', prefix: 'a ', suffix: ' b' },
    position: { blockId: 't1-b1', blockOffset: 2, start: 2, end: 8 },
  },
});

function backup(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: 1,
    exportedAt: '2026-11-21T00:00:00.000Z',
    highlights: [highlight],
    talkNotes: [],
    readingState: [{ talkId: 't1', blockId: null, progress: 0.5, read: false, updatedAt: 3 }],
    drafts: [],
    settings: [{ key: 'reader', value: { theme: 'dark' } }],
    ...overrides,
  };
}

describe('reading a backup file', () => {
  it('accepts a valid backup', () => {
    const result = parseBackup(JSON.stringify(backup()));
    expect(result.ok && result.backup.highlights[0].selectors.quote.exact).toBe('quoted');
  });

  it.each([
    ['truncated JSON', JSON.stringify(backup()).slice(0, 120), /cut short/],
    ['a file that is not JSON', 'PK\u0003\u0004 this is a zip file', /not JSON/],
    ['JSON that is not a backup', '{"hello": "world"}', /not a Summit Reader backup/],
    ['a future schema version', JSON.stringify(backup({ schemaVersion: 7 })), /newer Summit Reader \(format 7\)/],
    [
      'a __proto__ key',
      JSON.stringify(backup()).replace('"highlights":', '"__proto__": {"polluted": true}, "highlights":'),
      /Unrecognized key: "__proto__"/,
    ],
    [
      'wrong types',
      JSON.stringify(backup({ highlights: [{ ...highlight, createdAt: 'yesterday' }] })),
      /highlights\[0\]\.createdAt/,
    ],
    [
      'an unknown colour',
      JSON.stringify(backup({ highlights: [{ ...highlight, color: 'plaid' }] })),
      /highlights\[0\]\.color/,
    ],
  ])('refuses %s with a clear message', (_case, content, message) => {
    const result = parseBackup(content);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses one bad record among thousands, naming it', () => {
    const many = Array.from({ length: 5000 }, (_, index) => ({ ...highlight, id: `h${index}` }));
    many[3210] = { ...many[3210], selectors: { ...highlight.selectors, quote: { exact: '', prefix: '', suffix: '' } } };
    const result = parseBackup(JSON.stringify(backup({ highlights: many })));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('highlights[3210].selectors.quote.exact');
  });

  it('refuses a 200 MB file before parsing it, naming the limit', () => {
    const huge = `{"format":"${BACKUP_FORMAT}","padding":"${'x'.repeat(200 * 1024 * 1024)}"}`;
    const result = parseBackup(huge);
    expect(result).toEqual({ ok: false, error: 'The file is 200 MB; backups are at most 100 MB.' });
  });
});

describe('canonical form and web annotations', () => {
  it('sorts keys so the same data always serialises the same way', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('offers highlights as W3C Web Annotations with both selectors', () => {
    const parsed = parseBackup(JSON.stringify(backup()));
    if (!parsed.ok) throw new Error(parsed.error);
    const [annotation] = toWebAnnotations((parsed.backup as Backup).highlights) as Record<string, unknown>[];
    expect(annotation).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
      body: { type: 'TextualBody', value: 'note' },
      target: {
        source: 'summit-reader://talk/t1',
        selector: [
          { type: 'TextQuoteSelector', exact: 'quoted', prefix: 'a ', suffix: ' b' },
          { type: 'TextPositionSelector', start: 2, end: 8 },
        ],
      },
    });
  });
});

describe('hostile backups', () => {
  it('refuses deep nesting with a message instead of running out of stack', () => {
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const content = JSON.stringify(backup({ settings: [{ key: 'x', value: 'PLACEHOLDER' }] })).replace(
      '"PLACEHOLDER"',
      deep,
    );
    expect(parseBackup(content)).toEqual({ ok: false, error: expect.stringContaining('nested more than 64 levels') });
    expect(nestingDepth('{"a":"[[[[[[["}')).toBe(1);
  });

  it('refuses a time far in the future, which would win every later merge', () => {
    const result = parseBackup(JSON.stringify(backup({ highlights: [{ ...highlight, updatedAt: 9e15 }] })));
    expect(result).toEqual({ ok: false, error: expect.stringContaining('more than a year in the future') });
  });

  it('refuses more records than any reader has', () => {
    const places = Array.from({ length: 100_001 }, (_, index) => ({
      talkId: `t${index}`,
      blockId: null,
      progress: 0,
      read: false,
      updatedAt: 1,
    }));
    const result = parseBackup(JSON.stringify(backup({ readingState: places })));
    expect(result).toEqual({ ok: false, error: expect.stringContaining('readingState') });
  });

  it('refuses a record listed twice, naming it', () => {
    const result = parseBackup(JSON.stringify(backup({ highlights: [highlight, { ...highlight, note: 'other' }] })));
    expect(result).toEqual({ ok: false, error: 'The backup lists highlight "h1" twice, so nothing was restored.' });
  });
});

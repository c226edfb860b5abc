import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { HighlightRecord } from '../annotations';
import { safeFileName, uniqueFileNames } from './fileNames';
import { collectionToMarkdown, talkToMarkdown } from './exportTemplates';
import {
  BlockReferences,
  escapeMarkdownText,
  shiftHeadings,
  type ExportHighlight,
  type ExportTalk,
} from './markdownExport';

const talk: ExportTalk = {
  talkId: 'summit-2024--rust-in-python-panic',
  title: 'Rust in Python: panic!',
  speakers: ['David Hewitt'],
  summitYear: 2024,
  source: { title: 'The Python Language Summit 2024: Lightning Talks', kind: 'article', date: '2024-06-14' },
};

function highlight(
  id: string,
  exact: string,
  overrides: Partial<HighlightRecord> = {},
  position = 0,
  orphan = false,
): ExportHighlight {
  return {
    record: {
      id,
      talkId: talk.talkId,
      color: 'yellow',
      note: '',
      tags: [],
      selectors: {
        quote: { exact, prefix: '', suffix: '' },
        position: { blockId: 'b1', blockOffset: 0, start: 0, end: exact.length },
      },
      citation: { talkTitle: talk.title, speakers: talk.speakers, summitYear: 2024, sourceTitle: talk.source.title },
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
      ...overrides,
    },
    blockId: orphan ? null : `${talk.talkId}-b${position + 1}`,
    position,
    orphan,
  };
}

function split(markdown: string): { front: Record<string, unknown>; body: Root } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error('no frontmatter');
  return { front: parseYaml(match[1]) as Record<string, unknown>, body: fromMarkdown(markdown.slice(match[0].length)) };
}

function blockquotes(root: Root): string[] {
  return root.children.filter((node: RootContent) => node.type === 'blockquote').map((node) => toString(node));
}

const TRICKY = [
  '> not a nested quote',
  '# not a heading',
  '| not | a | table |',
  'uses `code` and ``more``',
  '    four leading spaces',
  '*not emphasis* and _not either_',
  '[not a link](javascript:alert(1)) <script>x</script>',
  '1. not a list',
  '- not a list either',
  '---',
  'ends with a backslash \\',
  'Łukasz said “✨ woooooow ✨” & left',
];

describe('Markdown export', () => {
  it('writes frontmatter that YAML parsers read back exactly', () => {
    const markdown = talkToMarkdown(
      talk,
      null,
      [highlight('h1', 'BaseException is the correct choice', { tags: ['pyo3'] })],
      {
        style: 'blockquote',
        exportedAt: '2026-11-21T10:00:00.000Z',
      },
    );
    expect(split(markdown).front).toEqual({
      title: 'Rust in Python: panic!',
      summit: 2024,
      speakers: ['David Hewitt'],
      source: { title: 'The Python Language Summit 2024: Lightning Talks', kind: 'article', date: '2024-06-14' },
      tags: ['pyo3'],
      exported: '2026-11-21T10:00:00.000Z',
      talk_id: 'summit-2024--rust-in-python-panic',
    });
  });

  it.each(TRICKY)('keeps a quote that contains %j as the same text after a Markdown parser reads it', (quote) => {
    const markdown = talkToMarkdown(talk, null, [highlight('h1', quote)], { style: 'blockquote', exportedAt: 'now' });
    expect(blockquotes(split(markdown).body)).toEqual([quote]);
  });

  it('keeps multi-line quotes and callouts as the same text', () => {
    const quote = 'first line\n  second line with leading spaces\n> third';
    const markdown = talkToMarkdown(talk, null, [highlight('h1', quote)], { style: 'callout', exportedAt: 'now' });
    const [callout] = blockquotes(split(markdown).body);
    expect(callout).toBe(`[!quote] yellow\n${quote}`);
  });

  it('orders highlights by position, gives each a unique block id and a link back, and lists orphans apart', () => {
    const markdown = talkToMarkdown(
      talk,
      {
        talkId: talk.talkId,
        text: 'My **overall** view',
        tags: ['rust'],
        citation: highlight('x', 'x').record.citation,
        createdAt: 1,
        updatedAt: 1,
        deletedAt: null,
      },
      [
        highlight('h2', 'second', {}, 5),
        highlight('h1', 'first', { note: 'A note' }, 1),
        highlight('h3', 'first again', {}, 1),
        highlight('h4', 'gone', {}, 0, true),
      ],
      { style: 'blockquote', exportedAt: 'now' },
    );
    const { body } = split(markdown);
    expect(blockquotes(body)).toEqual(['first', 'first again', 'second', 'gone']);
    const text = markdown;
    expect(text.indexOf('## Talk note')).toBeLessThan(text.indexOf('## Highlights'));
    expect(text).toContain(`^${talk.talkId}-b2\n`);
    expect(text).toContain(`^${talk.talkId}-b2-2\n`);
    expect(text).toContain(`(summit-reader://talk/${talk.talkId}#${talk.talkId}-b6)`);
    expect(text.indexOf('## Orphaned highlights')).toBeLessThan(text.indexOf('gone'));
    expect(text).toContain('^h-h4');
  });

  it('escapes every Markdown punctuation character that could change meaning', () => {
    expect(escapeMarkdownText('a*b_c')).toBe('a\\*b\\_c');
    expect(escapeMarkdownText('  x')).toBe('&#32;&#32;x');
  });
});

describe('headings inside notes', () => {
  const headings = (markdown: string) =>
    split(markdown)
      .body.children.filter((node: RootContent) => node.type === 'heading')
      .map((node) => [node.type === 'heading' ? node.depth : 0, toString(node)]);

  it('sit below the highlight and the talk note they belong to, in one file and in a collection', () => {
    const note = '# My take\n\nText.\n\n## Detail\n\n```sh\n# a shell comment\n```';
    const input = {
      talk,
      note: {
        talkId: talk.talkId,
        text: '# Summary',
        tags: [],
        citation: highlight('x', 'x').record.citation,
        createdAt: 1,
        updatedAt: 1,
        deletedAt: null,
      },
      highlights: [highlight('h1', 'a quote', { note })],
    };
    const options = { style: 'blockquote' as const, exportedAt: '2026-11-29T00:00:00.000Z' };
    const file = talkToMarkdown(input.talk, input.note, input.highlights, options);
    expect(headings(file)).toEqual([
      [1, 'Rust in Python: panic!'],
      [2, 'Talk note'],
      [3, 'Summary'],
      [2, 'Highlights'],
      [4, 'My take'],
      [5, 'Detail'],
    ]);
    expect(file).toContain('# a shell comment');
    const collection = collectionToMarkdown('Summit 2024', [input], options);
    expect(headings(collection).map(([depth]) => depth)).toEqual([1, 2, 3, 4, 3, 5, 6]);
    expect(collection).toContain('\n# a shell comment\n');
  });

  it('shifts only headings outside fenced code, and never beyond six levels', () => {
    expect(shiftHeadings('# a\n```\n# b\n```\n###### c', 2)).toBe('### a\n```\n# b\n```\n###### c');
  });
});

describe('block ids', () => {
  /** The rule as first written: the first of id, id-2, id-3, … not yet used, searched from -2 each time. */
  function searchedEachTime(ids: [string | null, string][]): string[] {
    const used = new Set<string>();
    return ids.map(([blockId, fallback]) => {
      const base = (blockId ?? fallback).replace(/[^A-Za-z0-9-]/g, '-');
      let id = base;
      for (let count = 2; used.has(id); count++) id = `${base}-${count}`;
      used.add(id);
      return id;
    });
  }

  it('are the first free of id, id-2, id-3, … in the order the passages come, whatever ids clash', () => {
    const blockId = fc.option(fc.constantFrom('b', 'b-2', 'b-3', 'b-2-2', 'b 2', 'b/2', 'c', 'é'));
    const fallback = fc.constantFrom('h-1', 'b', 'b-2');
    fc.assert(
      fc.property(fc.array(fc.tuple(blockId, fallback), { maxLength: 40 }), (ids) => {
        const references = new BlockReferences();
        const taken = ids.map(([id, fallbackId]) => references.take(id, fallbackId));
        expect(taken).toEqual(searchedEachTime(ids));
        expect(new Set(taken).size).toBe(taken.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('export file names', () => {
  it.each([
    ['Rust in Python: panic!', 'Rust in Python panic!.md'],
    ['../../etc/passwd', 'etc passwd.md'],
    ['CON', 'CON (talk).md'],
    ['trailing dots...', 'trailing dots.md'],
    ['   ', 'Untitled.md'],
    ['a\u0000b', 'a b.md'],
  ])('%j becomes %j', (title, name) => {
    expect(safeFileName(title)).toBe(name);
  });

  it('stays within 255 bytes, even in multi-byte scripts', () => {
    const name = safeFileName('Ł'.repeat(400));
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    expect(name.endsWith('.md')).toBe(true);
  });

  it('makes names unique', () => {
    expect(uniqueFileNames(['Talk', 'talk', 'Talk'])).toEqual(['Talk.md', 'talk 2.md', 'Talk 3.md']);
  });
});

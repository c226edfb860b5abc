// Documents shaped like the bundled ones but not among them: other years, single posts, other episodes.

import { describe, expect, it } from 'vitest';
import { parseDocumentText } from './parseDocument';

function parsed(text: string): NonNullable<Extract<ReturnType<typeof parseDocumentText>, { ok: true }>> {
  const result = parseDocumentText(text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('a Markdown write-up of one talk', () => {
  const text = [
    '---',
    "title: 'The Python Language Summit 2026: Free-threading, a year on'",
    "publishDate: '2026-06-10'",
    'author: Jane Writer',
    '---',
    '',
    'Sam Gross gave an update on free-threaded Python and what the next release needs.',
    '',
    '## Where things stand',
    '',
    'Most of the standard library is now thread-safe.',
    '',
    '## What comes next',
    '',
    'The room discussed a timeline.',
  ].join('\n');

  it('is one talk whose subheadings stay headings', () => {
    const { document } = parsed(text);
    expect(document.summitYear).toBe(2026);
    expect(document.talks).toHaveLength(1);
    expect(document.talks[0]).toMatchObject({ title: 'Free-threading, a year on', speakers: ['Sam Gross'] });
    expect(document.talks[0].blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
    ]);
  });
});

describe('a single post copied out as plain text', () => {
  const text = [
    'The Python Language Summit 2026: Lazy Imports, Again',
    '',
    'Carl Meyer presented a new proposal for lazy imports.',
    '',
    'What changed',
    '',
    'The proposal is opt-in this time.',
    '',
    '“We learned a lot.”',
    '',
    '-- Carl Meyer',
  ].join('\n');

  it('is titled by its first line and read as one talk', () => {
    const result = parsed(text);
    expect(result.format).toBe('plain-text');
    expect(result.document.title).toBe('The Python Language Summit 2026: Lazy Imports, Again');
    expect(result.document.summitYear).toBe(2026);
    expect(result.document.talks).toEqual([
      expect.objectContaining({ title: 'Lazy Imports, Again', speakers: ['Carl Meyer'] }),
    ]);
    expect(result.document.talks[0].blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'quote',
    ]);
  });
});

describe('an episode page without key points', () => {
  const text = [
    'Python Language Summit 2030',
    '',
    'Episode #999, published Mon, Jun 3, 2030',
    '',
    'We look back at the Language Summit 2030 with a guest who was there.',
    '',
    'Links from the show',
    '',
    'Summit coverage: example.org',
  ].join('\n');

  it('becomes one talk and keeps its links', () => {
    const { document } = parsed(text);
    expect(document.kind).toBe('episode');
    expect(document.date).toBe('2030-06-03');
    expect(document.talks).toHaveLength(1);
    expect(document.talks[0].blocks[0].text).toContain('We look back');
    expect(document.links).toEqual([{ label: 'Summit coverage', target: 'example.org' }]);
  });
});

describe('a document that names no summit', () => {
  it('has no summit year rather than a guessed one', () => {
    const { document } = parsed('# Reading list\n\nSome notes from 2019 about Python.\n');
    expect(document.summitYear).toBeNull();
  });
});

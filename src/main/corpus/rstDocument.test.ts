import { describe, expect, it } from 'vitest';
import { parseDocumentText } from './parseDocument';
import { looksLikeRst, rstInlineToMarkdown, rstToMarkdown } from './rstDocument';

const post = [
  '.. post:: 2026-05-20',
  '   :tags: summit, typing',
  '   :author: Jane Writer',
  '',
  '#####################################################',
  'The Python Language Summit 2026: Typing, the next steps',
  '#####################################################',
  '',
  'Ada Lovelace presented the `typing council <https://example.org/typing-',
  'council>`_ roadmap and *why* it matters, with :pep:`729` in hand.',
  '',
  '.. image:: https://example.org/photo.jpg',
  '   :alt: a photo',
  '',
  '.. figure:: https://example.org/slide.png',
  '',
  '   The roadmap slide',
  '',
  'Where things stand',
  '==================',
  '',
  'A literal block follows::',
  '',
  '    # a comment, not a heading',
  '    x: int = 1',
  '',
  '.. note:: Typing is optional.',
  '',
  '.. sidebar:: Further reading',
  '',
  '   The typing docs are good.',
  '',
  '.. _hidden-target: https://example.org/',
  '',
  '.. a comment that nobody should see',
  '',
  'Discussion',
  '----------',
  '',
  '* one point',
  '* another point',
].join('\n');

describe('reStructuredText', () => {
  it('is recognised by its directives and adornments, and Markdown is not', () => {
    expect(looksLikeRst(post)).toBe(true);
    expect(looksLikeRst('Title\n=====\n\nSee `the docs <https://example.org>`_.')).toBe(true);
    expect(looksLikeRst('# A Markdown title\n\nText with [a link](https://example.org).')).toBe(false);
  });

  it('reads the post metadata and the title from its adornments', () => {
    const result = parseDocumentText(post);
    if (!result.ok) throw new Error(result.error);
    expect(result.format).toBe('restructuredtext');
    expect(result.document).toMatchObject({
      title: 'The Python Language Summit 2026: Typing, the next steps',
      date: '2026-05-20',
      author: 'Jane Writer',
      summitYear: 2026,
    });
  });

  it('is one talk whose sections are its outline, with inline markup and link addresses gone', () => {
    const result = parseDocumentText(post);
    if (!result.ok) throw new Error(result.error);
    expect(result.document.talks).toHaveLength(1);
    const talk = result.document.talks[0];
    expect(talk).toMatchObject({ title: 'Typing, the next steps', speakers: ['Ada Lovelace'] });
    expect(talk.blocks.map((block) => [block.type, block.text])).toEqual([
      ['paragraph', 'Ada Lovelace presented the typing council roadmap and why it matters, with PEP 729 in hand.'],
      ['caption', 'The roadmap slide'],
      ['heading', 'Where things stand'],
      ['paragraph', 'A literal block follows:'],
      ['code', '# a comment, not a heading\nx: int = 1'],
      ['quote', 'Typing is optional.'],
      ['paragraph', 'Further reading The typing docs are good.'],
      ['heading', 'Discussion'],
      ['list', 'one point\nanother point'],
    ]);
    expect(JSON.stringify(result.document)).not.toMatch(/\.\. |::|`_|https:\/\/example\.org\/photo/);
  });

  it('turns references, roles and literals into their text', () => {
    const none = new Map<string, string>();
    expect(rstInlineToMarkdown('See `the docs <https://ex.org/a-\nb>`_ and `PEP 8`_.', none)).toBe(
      'See [the docs](https://ex.org/a-b) and PEP 8.',
    );
    expect(rstInlineToMarkdown('Use ``len()`` and :func:`print` and :rfc:`2119`.', none)).toBe(
      'Use `len()` and print and RFC 2119.',
    );
    expect(rstInlineToMarkdown('Blog images `![ <https://i.ex/a.jpg>`_](https://i.ex/b.jpg) vanish.', none)).toBe(
      'Blog images  vanish.',
    );
    expect(rstInlineToMarkdown('A |name| here.', new Map([['name', 'substitution']]))).toBe('A substitution here.');
  });

  it('keeps an unknown directive as its words, never as markup', () => {
    const markdown = rstToMarkdown('Title\n=====\n\n.. mystery:: Some argument\n\n   Some content.\n');
    expect(markdown).toContain('Some argument\nSome content.');
    expect(markdown).not.toContain('mystery');
  });
});

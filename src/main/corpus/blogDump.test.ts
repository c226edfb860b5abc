import { describe, expect, it } from 'vitest';
import { BUNDLED, parseBundled, talkTitled } from '../../../test/fixtures/bundledCorpus';
import { parseDocumentText } from './parseDocument';

describe('the 2023 blog page dump', () => {
  const document = parseBundled(BUNDLED.posts2023);

  it('is one article about the 2023 summit, credited to its writer', () => {
    expect(document).toMatchObject({
      title: 'The Python Language Summit 2023',
      kind: 'article',
      summitYear: 2023,
      date: '2023-05-29',
      author: 'Alex Waygood',
    });
  });

  it('makes each summit post a talk and splits the lightning talks by speaker', () => {
    expect(document.talks.map((talk) => [talk.title, talk.speakers])).toEqual([
      ['Towards Native Profiling for Python', ['Joannah Nanjekye']],
      ['Burnout is Real', ['Guido van Rossum']],
      ['Making the Global Interpreter Lock Optional', ['Sam Gross']],
      ['Three Talks on the C API', ['Mark Shannon', 'Guido van Rossum', 'Antonio Cuni']],
      ['Python on Mobile', ['Russell Keith-Magee']],
      ['Let’s support LLVM-BOLT as an official feature', ['Dong-hee Na']],
      ['Lazy Imports – the sequel', ['Carl Meyer']],
      ['Can we __call__ modules?', ['Amethyst Reese']],
      ['What is the Standard Library for?', ['Brett Cannon']],
      ['Pattern Matching, __match__, and View Patterns', ['Michael Sullivan']],
    ]);
  });

  it('makes the overview post the summit introduction and leaves out the board-election post', () => {
    expect(document.intro[0]).toMatchObject({ type: 'heading', text: 'The Python Language Summit 2023' });
    expect(document.intro.map((block) => block.text).join(' ')).toContain('around 45 attendees');
    expect(JSON.stringify(document)).not.toContain('Board Election');
  });

  it('turns "-- Name" lines into quote attributions', () => {
    const gil = talkTitled(document, 'Making the Global Interpreter Lock Optional');
    expect(gil.blocks).toContainEqual(
      expect.objectContaining({
        type: 'quote',
        text: '“Thank you for doing this… now we have something we can actually consider!”',
        attribution: 'Brandt Bucher, CPython Core Developer',
      }),
    );
  });

  it('tells subheadings from image captions', () => {
    const gil = talkTitled(document, 'Making the Global Interpreter Lock Optional');
    const kinds = gil.blocks.filter((block) => block.type === 'heading' || block.type === 'caption');
    expect(kinds.map((block) => [block.type, block.text])).toEqual([
      ['heading', 'Dare to dream of a GIL-free world'],
      ['caption', "A slide from Gross's talk (numbers indicate the per-thread overhead)"],
      ['heading', 'GIL gotta go'],
    ]);
  });

  it('joins code samples split by blank lines into one code block', () => {
    const matching = talkTitled(document, 'Pattern Matching, __match__, and View Patterns');
    const code = matching.blocks.filter((block) => block.type === 'code');
    const deque = code.find((block) => block.text.startsWith('import ast\n\n# This obviously'));
    expect(deque?.text).toContain('def node_represents_collections_dot_deque(node: ast.AST) -> bool:');
    expect(code[0].text.split('\n')[0]).toBe('>>> import ast');
  });
});

describe('blog dumps in general', () => {
  const dump = [
    'Tuesday, April 2, 2030',
    '',
    'The Python Language Summit 2030: Faster Startup',
    '',
    'Ada Lovelace presented a plan to make start-up faster.',
    '',
    'The Python Language Summit 2030: Packaging',
    '',
    'Grace Hopper proposed a new lock file format.',
    '',
    'Monday, April 1, 2030',
    '',
    'Our spring fundraiser',
    '',
    'Please donate.',
  ].join('\n');

  it('splits posts of another year and keeps only the summit ones', () => {
    const result = parseDocumentText(dump);
    expect(result.ok && result.format).toBe('blog-dump');
    if (!result.ok) return;
    expect(result.document.summitYear).toBe(2030);
    expect(result.document.talks.map((talk) => [talk.title, talk.speakers])).toEqual([
      ['Faster Startup', ['Ada Lovelace']],
      ['Packaging', ['Grace Hopper']],
    ]);
  });
});

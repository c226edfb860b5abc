import { describe, expect, it } from 'vitest';
import { BUNDLED, parseBundled, talkTitled } from '../../../test/fixtures/bundledCorpus';
import { splitGluedTitle } from './gluedTitle';

describe('the 2022 episode page', () => {
  const document = parseBundled(BUNDLED.episode2022);

  it('is an episode about the 2022 summit', () => {
    expect(document).toMatchObject({
      title: 'Talk Python #375: Python Language Summit 2022',
      kind: 'episode',
      summitYear: 2022,
      date: '2022-07-30',
      guests: ['Alex Waygood'],
    });
  });

  it('makes the key points that match the talks it links into talks', () => {
    expect(document.talks.map((talk) => talk.title)).toEqual([
      'Removing the Global Interpreter Lock (No GIL)',
      'Per-Interpreter GIL Proposal',
      'Faster CPython Plans (Python 3.11 and Beyond)',
      'Cinder: Meta’s Optimizations for Python',
      'Immortal Objects',
      'Python in the Browser via WebAssembly',
      'Issue and PR Backlog Management',
      'f-string Grammar Overhaul',
    ]);
  });

  it('names a presenter only where the text says whose work it was', () => {
    expect(Object.fromEntries(document.talks.map((talk) => [talk.title, talk.speakers]))).toMatchObject({
      'Removing the Global Interpreter Lock (No GIL)': ['Sam Gross'],
      'Per-Interpreter GIL Proposal': ['Eric Snow'],
      'Faster CPython Plans (Python 3.11 and Beyond)': ['Mark Shannon'],
      'Cinder: Meta’s Optimizations for Python': [],
      'f-string Grammar Overhaul': ['Pablo Galindo Salgado'],
    });
    expect(document.talks.flatMap((talk) => talk.speakers)).not.toContain('Alex Waygood');
  });

  it('keeps the other key points and sections as the introduction', () => {
    const intro = document.intro.map((block) => block.text);
    expect(intro).toContain('Language Summit Logistics and Purpose');
    expect(intro).toContain('Key Definitions and Terms');
  });

  it('keeps the links list with its groups', () => {
    expect(document.links).toContainEqual({
      label: 'Python without the GIL',
      target: 'pyfound.blogspot.com',
      group: 'Individual Talks',
    });
    expect(document.links).toContainEqual({ label: 'Alex on Twitter', target: '@alexwaygood' });
    expect(document.links.length).toBeGreaterThanOrEqual(20);
  });

  it('keeps tools and links under a key point as a list', () => {
    const perInterpreter = talkTitled(document, 'Per-Interpreter GIL Proposal');
    expect(perInterpreter.blocks.map((block) => block.type)).toEqual(['paragraph', 'heading', 'list']);
    expect(perInterpreter.blocks[2]).toMatchObject({
      items: expect.arrayContaining(['PEP 684 draft (mentioned in the episode)']),
    });
  });
});

describe('splitting glued titles', () => {
  it.each([
    ['Immortal Objects Immortal objects never get freed.', 'Immortal Objects'],
    ['Summaries vs. Deeper Explorations The overall theme was speed.', 'Summaries vs. Deeper Explorations'],
    ['Issue and PR Backlog Management With over 6,500 open issues, it is hard.', 'Issue and PR Backlog Management'],
    ['Python in the Browser via WebAssembly Python’s growing story is here.', 'Python in the Browser via WebAssembly'],
    ['Packaging: the next steps Packaging tools differ.', 'Packaging: the next steps'],
  ])('%s', (text, title) => {
    expect(splitGluedTitle(text)?.title).toBe(title);
  });
});

// The topic threads the library builds over the bundled corpus, against lists checked by hand.

import { describe, expect, it } from 'vitest';
import { loadBundledLibrary } from '../../../test/fixtures/bundledCorpus';

const { library } = await loadBundledLibrary();

describe('topic threads', () => {
  const topic = (id: string) => library.topics.find((candidate) => candidate.id === id);

  it('follows free-threading and the GIL through at least three summits', () => {
    const years = topic('free-threading')?.years.map((year) => year.year) ?? [];
    expect(years.length).toBeGreaterThanOrEqual(3);
    const titles = topic('free-threading')?.years.flatMap((year) => year.talks.map((talk) => talk.title));
    expect(titles).toEqual(
      expect.arrayContaining([
        'Removing the Global Interpreter Lock (No GIL)',
        'Making the Global Interpreter Lock Optional',
      ]),
    );
  });

  it('puts talks into threads by their text, so a new document joins the right one', async () => {
    const { buildLibrary } = await import('./library');
    const { parseDocumentText } = await import('../corpus/parseDocument');
    const parsed = parseDocumentText(
      '# Language Summit 2031\n\n## Subinterpreters at last\n\nEric Snow presented subinterpreters again.\n',
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const topicsFile = {
      minimumMentions: 3,
      topics: [{ id: 'subinterpreters', label: 'Subinterpreters', terms: ['subinterpreters'] }],
    };
    const { library: withNew } = buildLibrary([parsed.document], topicsFile);
    expect(withNew.topics[0].years.flatMap((year) => year.talks.map((talk) => talk.title))).toEqual([
      'Subinterpreters at last',
    ]);
  });
});

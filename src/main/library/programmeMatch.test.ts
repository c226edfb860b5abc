import { describe, expect, it } from 'vitest';
import { parseDocumentText } from '../corpus/parseDocument';
import { buildLibrary } from './library';

function parsed(text: string) {
  const result = parseDocumentText(text);
  if (!result.ok) throw new Error(result.error);
  return result.document;
}

const overview = parsed(
  [
    '---',
    'title: The 2031 Python Language Summit',
    '---',
    '',
    '[**Faster startup**](https://blog.example/2031/05/faster.html) Mark Shannon  ',
    '[**Packaging, again**](https://blog.example/2031/05/packaging.html) Barry Warsaw',
    '[**Lazy imports**](https://blog.example/2031/05/lazy.html) Carl Meyer',
  ].join('\n'),
);
const byLink = parsed(
  [
    '---',
    "title: 'The Python Language Summit 2031: Starting up faster than ever'",
    'legacyUrl: /2031/05/faster.html',
    '---',
    '',
    'Mark Shannon presented startup work.',
  ].join('\n'),
);
const byTitle = parsed(
  [
    '---',
    "title: 'The Python Language Summit 2031: Packaging, again'",
    '---',
    '',
    'Barry Warsaw presented the packaging council.',
  ].join('\n'),
);

describe('a summit programme in the library', () => {
  const { library } = buildLibrary([overview, byLink, byTitle]);
  const summit = library.index.summits.find((candidate) => candidate.year === 2031);
  const entries = summit?.sources.find((source) => source.id === overview.id)?.talks ?? [];

  it('finds the talk each entry names, by its write-up’s address or by its title', () => {
    expect(entries.map((entry) => [entry.title, entry.programme?.heldBy])).toEqual([
      ['Faster startup', byLink.talks[0].id],
      ['Packaging, again', byTitle.talks[0].id],
      ['Lazy imports', null],
    ]);
    expect(entries[2].programme?.link).toBe('https://blog.example/2031/05/lazy.html');
  });

  it('keeps programme entries out of topic threads and ordinary talks unmarked', () => {
    const talks = summit?.sources.filter((source) => source.id !== overview.id).flatMap((source) => source.talks);
    expect(talks?.every((talk) => talk.programme === undefined)).toBe(true);
    const { library: withTopics } = buildLibrary([overview, byLink, byTitle], {
      minimumMentions: 1,
      topics: [{ id: 'startup', label: 'Startup', terms: ['startup'] }],
    });
    const threaded = withTopics.topics[0].years.flatMap((year) => year.talks.map((talk) => talk.title));
    expect(threaded).toEqual(['Starting up faster than ever']);
  });
});

// Search over the bundled corpus: ranking, filters, typos and notes, with the app's configuration.

import { describe, expect, it } from 'vitest';
import type { PackedIndex } from './packedIndex';
import { SearchEngine } from './searchEngine';
import type { SearchNote } from './searchCorpus';
import { loadBundledLibrary } from '../../../test/fixtures/bundledCorpus';

const { library } = await loadBundledLibrary();
const corpus = library.searchCorpus;
const engine = SearchEngine.build(corpus);

function titles(query: string): string[] {
  return engine.search(query).groups.map((group) => group.talkTitle);
}

function talkId(title: string): string {
  const talk = corpus.talks.find((candidate) => candidate.title === title);
  if (!talk) throw new Error(title);
  return talk.talkId;
}

describe('ranking', () => {
  it.each([
    'Making the Global Interpreter Lock Optional',
    'Pluggable JITs',
    'Rust in Python: panic!',
    'Python on Mobile',
    'Efficient data sharing between subinterpreters',
    'T-strings brain dump',
  ])('puts the talk first for its own title: %s', (title) => {
    expect(titles(title)[0]).toBe(title);
  });

  it('finds a speaker’s talks from their name', () => {
    const pablo = titles('Pablo Galindo Salgado').slice(0, 3);
    expect(pablo).toEqual(
      expect.arrayContaining([
        'Let’s benchmark memory as well',
        'Making asserts cooler in 3.14',
        'f-string Grammar Overhaul',
      ]),
    );
    expect(titles('Łukasz Langa')[0]).toBe('Python for iOS, finally');
  });

  it('matches prefixes and typos of longer words', () => {
    expect(titles('subinterp')[0]).toBe('Efficient data sharing between subinterpreters');
    expect(titles('subinterpeters')[0]).toBe('Efficient data sharing between subinterpreters');
    expect(titles('t-strings')[0]).toBe('T-strings brain dump');
    expect(titles('JIT')).toContain('Pluggable JITs');
  });

  it('requires every word, and falls back to any word when nothing has them all', () => {
    const both = engine.search('immortal objects');
    expect(both.groups[0].talkTitle).toBe('Immortal Objects');
    expect(engine.search('immortal zyzzyvas').groups.length).toBeGreaterThan(0);
  });

  it('marks the matched words in snippets', () => {
    const hit = engine.search('BeeWare').groups[0].hits.find((candidate) => candidate.kind === 'block');
    expect(hit?.snippet.filter((segment) => segment.match).map((segment) => segment.text.toLowerCase())).toContain(
      'beeware',
    );
  });
});

describe('filters', () => {
  it('restricts by year, speaker and source', () => {
    expect(engine.search('year:2024 rust').groups.every((group) => group.summitYear === 2024)).toBe(true);
    expect(titles('speaker:"Pablo Galindo Salgado"').sort()).toEqual(
      ['Let’s benchmark memory as well', 'Making asserts cooler in 3.14', 'f-string Grammar Overhaul'].sort(),
    );
    expect(engine.search('source:transcript sentry').groups.map((group) => group.sourceKind)).toEqual(['transcript']);
  });

  it('keeps only passages holding a quoted phrase', () => {
    const results = engine.search('"per-interpreter GIL"');
    expect(results.groups.length).toBeGreaterThan(0);
    for (const group of results.groups) {
      for (const hit of group.hits) {
        const text = hit.snippet.map((segment) => segment.text).join('');
        if (hit.kind === 'block') expect(text.toLowerCase()).toContain('per-interpreter gil');
      }
    }
  });
});

describe('notes', () => {
  const note: SearchNote = {
    id: 'h-1',
    kind: 'highlight',
    talkId: talkId('Pluggable JITs'),
    talkTitle: 'Pluggable JITs',
    speakers: ['Martin DeMello'],
    summitYear: 2025,
    quote: 'pip install jit',
    text: 'Ask about zanzibarian packaging later',
    tags: ['packaging'],
    color: 'green',
    blockId: null,
    updatedAt: 1,
  };

  it('finds a note as soon as it is added, updates it in place, and forgets it when removed', () => {
    const local = SearchEngine.build(corpus);
    expect(local.search('zanzibarian').groups).toEqual([]);
    local.upsertNotes([note]);
    expect(local.search('zanzibarian').groups[0]).toMatchObject({
      talkTitle: 'Pluggable JITs',
      hits: [{ kind: 'highlight', highlightId: 'h-1' }],
    });
    local.upsertNotes([{ ...note, text: 'Now about quokkas' }]);
    expect(local.search('zanzibarian').groups).toEqual([]);
    expect(local.search('quokkas').groups).toHaveLength(1);
    local.removeNotes(['h-1']);
    expect(local.search('quokkas').groups).toEqual([]);
  });

  it('ranks the reader’s notes above body text and filters them by tag and colour', () => {
    const local = SearchEngine.build(corpus);
    local.upsertNotes([{ ...note, text: 'BeeWare deserves a follow-up' }]);
    expect(local.search('BeeWare').groups[0].talkTitle).toBe('Pluggable JITs');
    expect(local.search('tag:packaging').groups).toHaveLength(1);
    expect(local.search('color:yellow').groups).toEqual([]);
    expect(local.search('in:notes beeware').groups.map((group) => group.talkTitle)).toEqual(['Pluggable JITs']);
  });
});

describe('odd queries', () => {
  it.each(['', '   ', '?!', '(.*', '🐍', 'a'.repeat(10_000), '"', 'year:', '\u0000'])('never throw: %j', (query) => {
    expect(() => engine.search(query)).not.toThrow();
    expect(() => engine.suggest(query)).not.toThrow();
  });

  it('returns nothing for a query without words or filters', () => {
    expect(engine.search('').groups).toEqual([]);
    expect(engine.search('?!').groups).toEqual([]);
  });
});

describe('autosuggest and similar talks', () => {
  it('completes the word being typed', () => {
    expect(engine.suggest('subinte')).toContain('subinterpreters');
    expect(engine.suggest('free thr')[0]).toMatch(/^free thr/);
  });

  it('follows the GIL thread into other summits', () => {
    const similar = engine.similar(talkId('Making the Global Interpreter Lock Optional'));
    const years = new Set(similar.map((talk) => talk.summitYear));
    expect(years.has(2023)).toBe(false);
    expect(similar.map((talk) => talk.talkTitle)).toContain('Removing the Global Interpreter Lock (No GIL)');
    expect(years.size).toBeGreaterThanOrEqual(2);
  });
});

describe('stored index', () => {
  it('loads what it saved, with the same results', () => {
    const loaded = SearchEngine.load(corpus, engine.pack());
    expect(loaded.search('free threading').groups.map((group) => group.talkId)).toEqual(
      engine.search('free threading').groups.map((group) => group.talkId),
    );
  });

  it('refuses a corrupt or mismatched stored index', () => {
    expect(() => SearchEngine.load(corpus, { not: 'an index' } as unknown as PackedIndex)).toThrow();
    const other = SearchEngine.build({ corpusVersion: 'x', talks: corpus.talks.slice(0, 3) });
    expect(() => SearchEngine.load(corpus, other.pack())).toThrow('does not match');
  });
});

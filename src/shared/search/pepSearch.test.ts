// `pep:703` and "PEP 703" over the bundled corpus and the reader's notes.

import { describe, expect, it } from 'vitest';
import { loadBundledLibrary } from '../../../test/fixtures/bundledCorpus';
import { mentionedPeps } from '../peps/pepMentions';
import { parseQuery } from './queryParser';
import { SearchEngine } from './searchEngine';

const { library } = await loadBundledLibrary();
const corpus = library.searchCorpus;
const engine = SearchEngine.build(corpus);

/** The talks whose text mentions the PEP, worked out directly from the corpus. */
function talksMentioning(pep: number): string[] {
  return corpus.talks
    .filter((talk) => talk.blocks.some((block) => mentionedPeps(block.text).includes(pep)))
    .map((talk) => talk.talkId)
    .sort();
}

describe('pep: filter', () => {
  it('reads pep:703, pep:PEP-703 and refuses what is not a PEP number', () => {
    expect(parseQuery('pep:703').filters.peps).toEqual([703]);
    expect(parseQuery('pep:pep-703 gil').filters.peps).toEqual([703]);
    expect(parseQuery('pep:soon').filters.peps).toEqual([]);
    expect(parseQuery('pep:12345').chips).toEqual([]);
  });

  it('keeps exactly the talks that mention the PEP, across summits', () => {
    const expected = talksMentioning(703);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const found = engine.search('pep:703').groups.map((group) => group.talkId);
    expect(found.sort()).toEqual(expected);
    const years = new Set(engine.search('pep:703').groups.map((group) => group.summitYear));
    expect(years.size).toBeGreaterThanOrEqual(2);
  });

  it('combines with words and other filters', () => {
    const groups = engine.search('pep:684 interpreter').groups;
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) expect(talksMentioning(684)).toContain(group.talkId);
    expect(engine.search('pep:703 year:2024').groups).toEqual([]);
  });

  it('finds the same talks when "PEP 703" is typed as words', () => {
    const found = engine.search('PEP 703 ').groups.map((group) => group.talkId);
    for (const talkId of talksMentioning(703)) expect(found).toContain(talkId);
  });

  it('keeps the reader’s notes that mention the PEP', () => {
    const talk = corpus.talks[0];
    engine.upsertNotes([
      {
        id: 'note-pep',
        kind: 'note',
        talkId: talk.talkId,
        talkTitle: talk.title,
        speakers: talk.speakers,
        summitYear: talk.summitYear,
        quote: '',
        text: 'Compare with PEPs 683 and 9999 later',
        tags: [],
        color: null,
        blockId: null,
        updatedAt: 1,
      },
    ]);
    const notes = (query: string) =>
      engine
        .search(query)
        .groups.flatMap((group) => group.hits)
        .filter((hit) => hit.kind === 'note');
    expect(notes('pep:9999 in:notes')).toHaveLength(1);
    expect(notes('pep:683 in:notes')).toHaveLength(1);
    expect(notes('pep:684 in:notes')).toHaveLength(0);
  });
});

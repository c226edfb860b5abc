// The search engine: one MiniSearch index over the corpus (built once, stored, loaded) and a small
// one over the reader's notes (updated note by note). Queries run against both and come back
// grouped by talk, with marked snippets.

import MiniSearch, { type SearchResult } from 'minisearch';
import type { SourceKind } from '../model';
import { hasFilters, parseQuery, type ParsedQuery, type QueryFilters } from './queryParser';
import {
  corpusIndexEntries,
  type IndexEntryRef,
  type SearchCorpus,
  type SearchNote,
  type SearchTalk,
} from './searchCorpus';
import { CORPUS_BOOST, corpusIndexOptions, NOTE_BOOST, notesIndexOptions, termSearchOptions } from './searchConfig';
import { containsPhrase, makeSnippet, snippetMarker, type SnippetSegment } from './snippet';
import { terms } from './tokenize';

export interface SearchHit {
  kind: 'talk' | 'block' | 'highlight' | 'note';
  blockId: string | null;
  highlightId: string | null;
  score: number;
  snippet: SnippetSegment[];
}

export interface SearchGroup {
  talkId: string;
  talkTitle: string;
  speakers: string[];
  summitYear: number | null;
  sourceKind: SourceKind | null;
  score: number;
  hits: SearchHit[];
}

type RawHit = Omit<SearchHit, 'snippet'> & { talkId: string; text: string; terms: string[] };

export interface SearchResults {
  groups: SearchGroup[];
  totalHits: number;
  chips: ParsedQuery['chips'];
}

const MAX_GROUPS = 20;
const MAX_RESULTS = 300;
const MAX_HITS_PER_GROUP = 3;
/** Notes are the reader's own words: they rank above body text. */
const NOTE_WEIGHT = 2;

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase();
}

function talkMatches(
  talk: Pick<SearchTalk, 'summitYear' | 'speakers'> & { sourceKind: SourceKind | null },
  filters: QueryFilters,
): boolean {
  if (filters.years.length > 0 && (talk.summitYear === null || !filters.years.includes(talk.summitYear))) return false;
  if (filters.sources.length > 0 && (talk.sourceKind === null || !filters.sources.includes(talk.sourceKind)))
    return false;
  if (filters.speakers.length > 0) {
    const speakers = talk.speakers.map(fold);
    if (!filters.speakers.every((wanted) => speakers.some((speaker) => speaker.includes(fold(wanted))))) return false;
  }
  return true;
}

export class SearchEngine {
  private readonly talks = new Map<string, SearchTalk>();
  private readonly blockText = new Map<string, string>();
  private readonly notes = new Map<string, SearchNote>();
  private readonly lowercaseText = new Map<string, string>();
  private readonly notesIndex = new MiniSearch<SearchNote>(notesIndexOptions());
  private similarityVectors: Map<string, Map<string, number>> | null = null;

  private constructor(
    corpus: SearchCorpus,
    private readonly corpusIndex: MiniSearch,
    private readonly refs: IndexEntryRef[],
  ) {
    for (const talk of corpus.talks) {
      this.talks.set(talk.talkId, talk);
      for (const block of talk.blocks) this.blockText.set(block.id, block.text);
    }
  }

  static build(corpus: SearchCorpus): SearchEngine {
    const { documents, refs } = corpusIndexEntries(corpus);
    const index = new MiniSearch(corpusIndexOptions());
    index.addAll(documents);
    return new SearchEngine(corpus, index, refs);
  }

  /** Loads a stored index; throws if it is not a MiniSearch index of this corpus. */
  static load(corpus: SearchCorpus, json: string): SearchEngine {
    const index = MiniSearch.loadJSON(json, corpusIndexOptions());
    const refs = entryRefs(corpus);
    if (index.documentCount !== refs.length) throw new Error('The stored index does not match the corpus.');
    return new SearchEngine(corpus, index, refs);
  }

  /** A block's text lowercased with single spaces, computed once, for phrase checks. */
  private lowercaseBlock(blockId: string): string {
    let text = this.lowercaseText.get(blockId);
    if (text === undefined) {
      text = (this.blockText.get(blockId) ?? '').toLowerCase().replace(/\s+/g, ' ');
      this.lowercaseText.set(blockId, text);
    }
    return text;
  }

  toJSON(): string {
    return JSON.stringify(this.corpusIndex);
  }

  get documentCount(): number {
    return this.corpusIndex.documentCount;
  }

  /** Adds or replaces notes; each change touches only its own entries. */
  upsertNotes(notes: SearchNote[]): void {
    for (const note of notes) {
      if (this.notes.has(note.id)) this.notesIndex.discard(note.id);
      this.notes.set(note.id, note);
      this.notesIndex.add(note);
    }
  }

  allNotes(): SearchNote[] {
    return [...this.notes.values()];
  }

  removeNotes(ids: string[]): void {
    for (const id of ids) {
      if (!this.notes.delete(id)) continue;
      this.notesIndex.discard(id);
    }
  }

  search(input: string): SearchResults {
    const query = parseQuery(input);
    const filtered = hasFilters(query.filters);
    if (!query.text && !filtered) return { groups: [], totalHits: 0, chips: query.chips };
    const notesOnly =
      query.filters.scope === 'notes' || query.filters.tags.length > 0 || query.filters.colors.length > 0;
    const corpusHits = notesOnly ? [] : this.searchCorpus(query);
    // Notes live in a small index whose scores are not comparable with the corpus's, so they are
    // placed above the best passage of body text, keeping their own order.
    const bestBody = corpusHits.reduce((best, hit) => (hit.kind === 'block' ? Math.max(best, hit.score) : best), 0);
    const noteHits = (query.filters.scope === 'talks' ? [] : this.searchNotes(query)).map((hit) => ({
      ...hit,
      score: bestBody * NOTE_WEIGHT + hit.score,
    }));
    const hits = [...corpusHits, ...noteHits];
    return { groups: this.group(hits), totalHits: hits.length, chips: query.chips };
  }

  /**
   * Exact and prefix matches of every word first; typo tolerance only when that finds nothing;
   * any word (OR) only when all words together find nothing. Most queries stop at the first step.
   */
  private runTerms(index: MiniSearch, query: ParsedQuery, filter: (result: SearchResult) => boolean): SearchResult[] {
    const boost = index === this.corpusIndex ? CORPUS_BOOST : NOTE_BOOST;
    const text = query.text;
    for (const [combineWith, fuzzy] of [
      ['AND', false],
      ['AND', true],
      ['OR', true],
    ] as const) {
      const options = termSearchOptions(combineWith, query.lastWordIsPartial);
      const results = index.search(text, { ...options, fuzzy: fuzzy ? options.fuzzy : false, boost, filter });
      // Results come best first; past the first few hundred nothing is shown.
      if (results.length > 0) return results.slice(0, MAX_RESULTS);
    }
    return [];
  }

  private searchCorpus(query: ParsedQuery): RawHit[] {
    const { filters, phrases } = query;
    if (!query.text) {
      // Filters alone list the talks they select.
      return [...this.talks.values()]
        .filter((talk) => talkMatches(talk, filters))
        .map((talk) => ({
          talkId: talk.talkId,
          kind: 'talk',
          blockId: null,
          highlightId: null,
          score: 1,
          text: '',
          terms: [],
        }));
    }
    const lowerPhrases = phrases.map((phrase) => phrase.toLowerCase().replace(/\s+/g, ' '));
    const filter = (result: SearchResult): boolean => {
      const ref = this.refs[result.id as number];
      const talk = ref && this.talks.get(ref.talkId);
      if (!talk || !talkMatches(talk, filters)) return false;
      if (phrases.length === 0) return true;
      const text =
        ref.kind === 'talk' ? `${talk.title} ${talk.speakers.join(' ')}` : this.lowercaseBlock(ref.blockId as string);
      return lowerPhrases.every((phrase) => text.toLowerCase().includes(phrase));
    };
    return this.runTerms(this.corpusIndex, query, filter).map((result) => {
      const { talkId, blockId, kind } = this.refs[result.id as number];
      return {
        talkId,
        kind,
        blockId,
        highlightId: null,
        score: result.score,
        text: blockId ? (this.blockText.get(blockId) ?? '') : '',
        terms: result.terms,
      };
    });
  }

  private searchNotes(query: ParsedQuery): RawHit[] {
    const { filters, phrases } = query;
    const noteMatches = (note: SearchNote): boolean =>
      talkMatches({ ...note, sourceKind: this.talks.get(note.talkId)?.sourceKind ?? null }, filters) &&
      filters.tags.every((tag) => note.tags.includes(tag)) &&
      (filters.colors.length === 0 || (note.color !== null && filters.colors.includes(note.color))) &&
      phrases.every((phrase) => containsPhrase(`${note.quote} ${note.text}`, phrase));
    const results: { note: SearchNote; score: number; terms: string[] }[] = query.text
      ? this.runTerms(this.notesIndex, query, (result) => {
          const note = this.notes.get(result.id as string);
          return note !== undefined && noteMatches(note);
        }).map((result) => ({
          note: this.notes.get(result.id as string) as SearchNote,
          score: result.score,
          terms: result.terms,
        }))
      : [...this.notes.values()].filter(noteMatches).map((note) => ({ note, score: 1, terms: [] }));
    return results.map(({ note, score, terms }) => ({
      talkId: note.talkId,
      kind: note.kind,
      blockId: note.blockId,
      highlightId: note.kind === 'highlight' ? note.id : null,
      score,
      text: note.text ? `${note.text} — “${note.quote}”` : note.quote,
      terms,
    }));
  }

  private group(hits: RawHit[]): SearchGroup[] {
    const groups = new Map<string, SearchGroup & { raw: RawHit[] }>();
    for (const hit of hits) {
      const { talkId } = hit;
      let group = groups.get(talkId);
      if (!group) {
        const talk = this.talks.get(talkId);
        const note = talk ? undefined : [...this.notes.values()].find((candidate) => candidate.talkId === talkId);
        group = {
          talkId,
          talkTitle: talk?.title ?? note?.talkTitle ?? talkId,
          speakers: talk?.speakers ?? note?.speakers ?? [],
          summitYear: talk?.summitYear ?? note?.summitYear ?? null,
          sourceKind: talk?.sourceKind ?? null,
          score: 0,
          hits: [],
          raw: [],
        };
        groups.set(talkId, group);
      }
      group.raw.push(hit);
    }
    for (const group of groups.values()) {
      group.raw.sort((a, b) => b.score - a.score);
      const [best = 0, ...rest] = group.raw.map((hit) => hit.score);
      // More matching passages make a talk a little more relevant, never more than its best hit twice.
      group.score = best + Math.min(best, rest.reduce((sum, score) => sum + score, 0) * 0.25);
    }
    const shown = [...groups.values()]
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_GROUPS)
      .map(({ raw, ...group }) => ({
        ...group,
        raw: raw.filter((hit) => hit.kind !== 'talk' || raw.length === 1).slice(0, MAX_HITS_PER_GROUP),
      }));
    // Snippets are made only for what is shown, with one pattern for the whole result list.
    const marker = snippetMarker(shown.flatMap((group) => group.raw.flatMap((hit) => hit.terms)));
    return shown.map(({ raw, ...group }) => ({
      ...group,
      hits: raw.map((hit) => ({
        kind: hit.kind,
        blockId: hit.blockId,
        highlightId: hit.highlightId,
        score: hit.score,
        snippet: hit.text ? makeSnippet(hit.text, marker) : [],
      })),
    }));
  }

  /** Completions of the word being typed, keeping the words before it. */
  suggest(input: string): string[] {
    const words = parseQuery(input).text.split(/\s+/).filter(Boolean);
    const last = words.pop()?.toLowerCase() ?? '';
    if (last.length < 2) return [];
    const completions = new Set<string>();
    for (const suggestion of this.corpusIndex.autoSuggest(last, { ...termSearchOptions('OR'), prefix: true })) {
      const term = suggestion.terms.find((candidate) => candidate.startsWith(last)) ?? suggestion.terms[0];
      if (term && term !== last) completions.add([...words, term].join(' '));
      if (completions.size === 5) break;
    }
    return [...completions];
  }

  private vectors(): Map<string, Map<string, number>> {
    if (this.similarityVectors) return this.similarityVectors;
    const counts = new Map<string, Map<string, number>>();
    const documentFrequency = new Map<string, number>();
    for (const talk of this.talks.values()) {
      const termCounts = new Map<string, number>();
      for (const block of talk.blocks) {
        for (const term of terms(block.text)) termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
      }
      counts.set(talk.talkId, termCounts);
      for (const term of termCounts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
    const talkCount = Math.max(1, this.talks.size);
    const vectors = new Map<string, Map<string, number>>();
    for (const [talkId, termCounts] of counts) {
      const vector = new Map<string, number>();
      for (const [term, count] of termCounts) {
        const df = documentFrequency.get(term) ?? 1;
        // Rare terms only: shared by a few talks, not by most of them.
        if (df < 2 || df > talkCount * 0.3) continue;
        vector.set(term, (1 + Math.log(count)) * Math.log(talkCount / df));
      }
      const norm = Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0)) || 1;
      for (const [term, value] of vector) vector.set(term, value / norm);
      vectors.set(talkId, vector);
    }
    this.similarityVectors = vectors;
    return vectors;
  }

  /** Talks from other summits that share the most rare terms with this one. */
  similar(
    talkId: string,
    limit = 8,
  ): { talkId: string; talkTitle: string; summitYear: number | null; score: number; sharedTerms: string[] }[] {
    const vectors = this.vectors();
    const target = vectors.get(talkId);
    const own = this.talks.get(talkId);
    if (!target || !own) return [];
    const results = [];
    for (const [otherId, vector] of vectors) {
      const other = this.talks.get(otherId);
      if (!other || otherId === talkId || other.summitYear === own.summitYear) continue;
      const shared: [string, number][] = [];
      let score = 0;
      for (const [term, weight] of target) {
        const otherWeight = vector.get(term);
        if (otherWeight === undefined) continue;
        score += weight * otherWeight;
        shared.push([term, weight * otherWeight]);
      }
      if (score <= 0) continue;
      const sharedTerms = shared
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([term]) => term);
      results.push({ talkId: otherId, talkTitle: other.title, summitYear: other.summitYear, score, sharedTerms });
    }
    return results.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}

/** The entry references alone, without building the documents' text. */
function entryRefs(corpus: SearchCorpus): IndexEntryRef[] {
  const refs: IndexEntryRef[] = [];
  for (const talk of corpus.talks) {
    refs.push({ kind: 'talk', talkId: talk.talkId, blockId: null });
    for (const block of talk.blocks)
      if (block.text.trim()) refs.push({ kind: 'block', talkId: talk.talkId, blockId: block.id });
  }
  return refs;
}

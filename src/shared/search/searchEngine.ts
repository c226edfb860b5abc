// The search engine: one MiniSearch index over the corpus with an entry per talk (built once,
// stored, loaded) and a small one over the reader's notes (updated note by note). Queries run
// against both and come back grouped by talk; the passages to show, and their marked snippets,
// are found only in the talks on screen.

import MiniSearch, { type SearchResult } from 'minisearch';
import type { SourceKind } from '../model';
import { attributeTerms, findPassages, holdsPhrases, lowercaseTalk, type LowercaseTalk } from './passages';
import { hasFilters, parseQuery, type ParsedQuery, type QueryFilters } from './queryParser';
import { corpusIndexEntries, type SearchCorpus, type SearchNote, type SearchTalk } from './searchCorpus';
import { PackableMiniSearch, type PackedIndex } from './packedIndex';
import { CORPUS_BOOST, corpusIndexOptions, NOTE_BOOST, notesIndexOptions, termSearchOptions } from './searchConfig';
import { containsPhrase, makeSnippet, phraseForm, snippetMarker, type SnippetSegment } from './snippet';
import { SimilarTalks, type SimilarTalk } from './similarTalks';
import { mentionedPeps } from '../peps/pepMentions';

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

type RawHit = Omit<SearchHit, 'snippet'> & {
  talkId: string;
  text: string;
  terms: string[];
  /** For a talk matched in the corpus: what to look for when its passages are found. */
  passageQuery?: { matched: string[]; queryTerms: string[] };
};

export interface SearchResults {
  groups: SearchGroup[];
  totalHits: number;
  chips: ParsedQuery['chips'];
}

const MAX_GROUPS = 20;
/** Talks ranked past this are never shown, so they are not grouped. */
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
  peps: () => ReadonlySet<number> = () => new Set(),
): boolean {
  if (filters.years.length > 0 && (talk.summitYear === null || !filters.years.includes(talk.summitYear))) return false;
  if (filters.sources.length > 0 && (talk.sourceKind === null || !filters.sources.includes(talk.sourceKind)))
    return false;
  if (filters.speakers.length > 0) {
    const speakers = talk.speakers.map(fold);
    if (!filters.speakers.every((wanted) => speakers.some((speaker) => speaker.includes(fold(wanted))))) return false;
  }
  if (filters.peps.length > 0) {
    const mentioned = peps();
    if (!filters.peps.every((pep) => mentioned.has(pep))) return false;
  }
  return true;
}

export class SearchEngine {
  private readonly talks = new Map<string, SearchTalk>();
  private readonly talkOrder: SearchTalk[];
  private readonly notes = new Map<string, SearchNote>();
  /** Talks' text lowercased, made when a talk is first searched for phrases or shown. */
  private readonly lowercaseTalks = new Map<string, LowercaseTalk>();
  private readonly notesIndex = new MiniSearch<SearchNote>(notesIndexOptions());
  private readonly similarTalks: SimilarTalks;
  /** The PEPs each talk mentions, found when a `pep:` filter first needs them. */
  private readonly talkPeps = new Map<string, ReadonlySet<number>>();

  private constructor(
    corpus: SearchCorpus,
    private readonly corpusIndex: PackableMiniSearch,
  ) {
    this.talkOrder = corpus.talks;
    for (const talk of corpus.talks) this.talks.set(talk.talkId, talk);
    this.similarTalks = new SimilarTalks(this.talks);
  }

  static build(corpus: SearchCorpus): SearchEngine {
    const index = new PackableMiniSearch(corpusIndexOptions());
    index.addAll(corpusIndexEntries(corpus));
    return new SearchEngine(corpus, index);
  }

  /**
   * Loads a stored index; throws if it is not a packed index of this corpus. Packed, it loads in a
   * fraction of the time MiniSearch's JSON takes (ADR 0011, measured by `npm run bench`).
   */
  static load(corpus: SearchCorpus, packed: PackedIndex): SearchEngine {
    const index = PackableMiniSearch.unpack(packed, corpusIndexOptions());
    if (index.documentCount !== corpus.talks.length) throw new Error('The stored index does not match the corpus.');
    return new SearchEngine(corpus, index);
  }

  /** The corpus index, packed for storage. */
  pack(): PackedIndex {
    return this.corpusIndex.pack();
  }

  private lowercase(talk: SearchTalk): LowercaseTalk {
    let lower = this.lowercaseTalks.get(talk.talkId);
    if (!lower) {
      lower = lowercaseTalk(talk.blocks);
      this.lowercaseTalks.set(talk.talkId, lower);
    }
    return lower;
  }

  private pepsOf(talk: SearchTalk): ReadonlySet<number> {
    let peps = this.talkPeps.get(talk.talkId);
    if (!peps) {
      peps = new Set(talk.blocks.flatMap((block) => mentionedPeps(block.text)));
      this.talkPeps.set(talk.talkId, peps);
    }
    return peps;
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
    const phrases = query.phrases.map(phraseForm);
    const corpusHits = notesOnly ? [] : this.searchCorpus(query, phrases);
    // Notes live in a small index whose scores are not comparable with the corpus's, so they are
    // placed above the best talk, keeping their own order.
    const bestBody = corpusHits.reduce((best, hit) => Math.max(best, hit.score), 0);
    const noteHits = (query.filters.scope === 'talks' ? [] : this.searchNotes(query)).map((hit) => ({
      ...hit,
      score: bestBody * NOTE_WEIGHT + hit.score,
    }));
    const hits = [...corpusHits, ...noteHits];
    return { groups: this.group(hits, phrases), totalHits: hits.length, chips: query.chips };
  }

  /**
   * Exact and prefix matches of every word first; typo tolerance only when that finds nothing;
   * any word (OR) only when all words together find nothing. Most queries stop at the first step.
   */
  private runTerms(
    index: MiniSearch,
    query: ParsedQuery,
    filter: ((result: SearchResult) => boolean) | undefined,
  ): SearchResult[] {
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

  /** `phrases` are the query's quoted phrases in phrase form. */
  private searchCorpus(query: ParsedQuery, phrases: string[]): RawHit[] {
    const { filters } = query;
    if (!query.text) {
      // Filters alone list the talks they select.
      return [...this.talks.values()]
        .filter((talk) => talkMatches(talk, filters, () => this.pepsOf(talk)))
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
    const filtered = hasFilters(filters) || phrases.length > 0;
    const filter = (result: SearchResult): boolean => {
      const talk = this.talkOrder[result.id as number];
      if (!talk || !talkMatches(talk, filters, () => this.pepsOf(talk))) return false;
      return phrases.length === 0 || this.talkHoldsPhrases(talk, phrases);
    };
    return this.runTerms(this.corpusIndex, query, filtered ? filter : undefined).map((result) => ({
      talkId: this.talkOrder[result.id as number].talkId,
      kind: 'talk',
      blockId: null,
      highlightId: null,
      score: result.score,
      text: '',
      terms: result.terms,
      passageQuery: {
        matched: result.terms.filter((term) => result.match[term]?.includes('text')),
        queryTerms: result.queryTerms,
      },
    }));
  }

  /** Whether one passage of the talk (or its title and speakers) holds every phrase. */
  private talkHoldsPhrases(talk: SearchTalk, phrases: string[]): boolean {
    const heading = phraseForm(`${talk.title} ${talk.speakers.join(' ')}`);
    return phrases.every((phrase) => heading.includes(phrase)) || holdsPhrases(this.lowercase(talk), phrases);
  }

  /** The passages to show for a talk matched in the corpus, or the talk itself when none holds the terms. */
  private passageHits(hit: RawHit, phrases: string[], limit: number): RawHit[] {
    const talk = this.talks.get(hit.talkId);
    // Matched in the title or speakers only: the talk itself is the hit.
    if (!talk || !hit.passageQuery?.matched.length) return [hit];
    const { matched, queryTerms } = hit.passageQuery;
    const terms = attributeTerms(matched, queryTerms);
    const passages = findPassages(this.lowercase(talk), { terms, phrases }, limit);
    if (passages.length === 0) return [hit];
    return passages.map((passage) => ({
      ...hit,
      kind: 'block',
      blockId: passage.blockId,
      score: hit.score * passage.weight,
      text: talk.blocks.find((block) => block.id === passage.blockId)?.text ?? '',
      passageQuery: undefined,
    }));
  }

  private searchNotes(query: ParsedQuery): RawHit[] {
    const { filters, phrases } = query;
    const noteMatches = (note: SearchNote): boolean =>
      talkMatches(
        { ...note, sourceKind: this.talks.get(note.talkId)?.sourceKind ?? null },
        filters,
        () => new Set(mentionedPeps(`${note.quote}\n${note.text}`)),
      ) &&
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

  /** `phrases` are the query's quoted phrases in phrase form. */
  private group(hits: RawHit[], phrases: string[]): SearchGroup[] {
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
      // A note on the talk makes it a little more relevant, never more than its best hit twice.
      group.score = best + Math.min(best, rest.reduce((sum, score) => sum + score, 0) * 0.25);
    }
    const shown = [...groups.values()]
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_GROUPS)
      .map(({ raw, ...group }) => ({
        ...group,
        // Notes first, then the talk's best passages: passages are found only for what is shown.
        raw: raw
          .flatMap((hit) => (hit.passageQuery ? this.passageHits(hit, phrases, MAX_HITS_PER_GROUP) : [hit]))
          .slice(0, MAX_HITS_PER_GROUP),
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

  /** Talks from other summits that share the most rare terms with this one. */
  similar(talkId: string, limit = 8): SimilarTalk[] {
    return this.similarTalks.similar(talkId, limit);
  }
}

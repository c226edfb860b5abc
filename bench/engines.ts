// The three engines the benchmark compares, behind one interface: MiniSearch as the app
// configures it, SQLite FTS5, and a plain lowercase scan (the no-index baseline).

import Database from 'better-sqlite3';
import { parseQuery } from '../src/shared/search/queryParser';
import type { SearchCorpus } from '../src/shared/search/searchCorpus';
import { SearchEngine } from '../src/shared/search/searchEngine';
import { containsPhrase } from '../src/shared/search/snippet';
import { terms } from '../src/shared/search/tokenize';

export interface BenchEngine {
  name: 'minisearch' | 'fts5' | 'scan';
  build(): void;
  /** Ids of the talks found, best first. */
  query(input: string): string[];
}

interface TalkMeta {
  year: number | null;
  speakers: string;
  kind: string;
}

function metaOf(corpus: SearchCorpus): Map<string, TalkMeta> {
  return new Map(
    corpus.talks.map((talk) => [
      talk.talkId,
      { year: talk.summitYear, speakers: talk.speakers.join(', '), kind: talk.sourceKind },
    ]),
  );
}

function passesFilters(meta: TalkMeta | undefined, input: string): boolean {
  const { filters } = parseQuery(input);
  if (!meta) return false;
  if (filters.years.length > 0 && (meta.year === null || !filters.years.includes(meta.year))) return false;
  if (filters.sources.length > 0 && !filters.sources.includes(meta.kind as never)) return false;
  return filters.speakers.every((speaker) => meta.speakers.toLowerCase().includes(speaker.toLowerCase()));
}

export function miniSearchEngine(corpus: SearchCorpus): BenchEngine & { engine(): SearchEngine } {
  let engine: SearchEngine | null = null;
  return {
    name: 'minisearch',
    build: () => {
      engine = SearchEngine.build(corpus);
    },
    query: (input) => (engine?.search(input).groups ?? []).map((group) => group.talkId),
    engine: () => {
      if (!engine) throw new Error('not built');
      return engine;
    },
  };
}

export function scanEngine(corpus: SearchCorpus): BenchEngine {
  let documents: { talkId: string; text: string }[] = [];
  const meta = metaOf(corpus);
  return {
    name: 'scan',
    build: () => {
      documents = corpus.talks.flatMap((talk) => [
        { talkId: talk.talkId, text: `${talk.title} ${talk.speakers.join(' ')}`.toLowerCase() },
        ...talk.blocks.map((block) => ({ talkId: talk.talkId, text: block.text.toLowerCase() })),
      ]);
    },
    query: (input) => {
      const parsed = parseQuery(input);
      const wanted = terms(parsed.text);
      const counts = new Map<string, number>();
      for (const document of documents) {
        if (!wanted.every((term) => document.text.includes(term))) continue;
        if (!parsed.phrases.every((phrase) => containsPhrase(document.text, phrase))) continue;
        if (!passesFilters(meta.get(document.talkId), input)) continue;
        counts.set(document.talkId, (counts.get(document.talkId) ?? 0) + 1);
      }
      return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([talkId]) => talkId);
    },
  };
}

/** An FTS5 MATCH expression from the same parsed query: words as prefixes from 3 letters, phrases quoted. */
function ftsExpression(input: string): string | null {
  const parsed = parseQuery(input);
  const phraseTerms = new Set(parsed.phrases.flatMap((phrase) => terms(phrase)));
  const words = terms(parsed.text).filter((term) => !phraseTerms.has(term));
  const parts = [
    ...words.map((term) => {
      const clean = term.replace(/"/g, '');
      return clean.length >= 3 ? `"${clean}"*` : `"${clean}"`;
    }),
    ...parsed.phrases.map((phrase) => `"${phrase.replace(/"/g, '')}"`),
  ];
  return parts.length > 0 ? parts.join(' AND ') : null;
}

export function fts5Engine(corpus: SearchCorpus): BenchEngine {
  let database: Database.Database | null = null;
  let matching: Database.Statement | null = null;
  let filtering: Database.Statement | null = null;
  return {
    name: 'fts5',
    build: () => {
      database?.close();
      database = new Database(':memory:');
      database.exec(
        "CREATE VIRTUAL TABLE docs USING fts5(title, speakers, text, talk_id UNINDEXED, year UNINDEXED, kind UNINDEXED, people UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '3')",
      );
      const insert = database.prepare(
        'INSERT INTO docs (title, speakers, text, talk_id, year, kind, people) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      database.transaction(() => {
        for (const talk of corpus.talks) {
          const people = talk.speakers.join(', ').toLowerCase();
          insert.run(talk.title, talk.speakers.join(' '), '', talk.talkId, talk.summitYear, talk.sourceKind, people);
          for (const block of talk.blocks)
            insert.run('', '', block.text, talk.talkId, talk.summitYear, talk.sourceKind, people);
        }
      })();
      const filters =
        '(@year IS NULL OR year = @year) AND (@kind IS NULL OR kind = @kind) AND (@speaker IS NULL OR people LIKE @speaker)';
      matching = database.prepare(
        `SELECT talk_id FROM docs WHERE docs MATCH @match AND ${filters} ORDER BY bm25(docs, 5.0, 4.0, 1.0) LIMIT 200`,
      );
      filtering = database.prepare(`SELECT DISTINCT talk_id FROM docs WHERE ${filters} LIMIT 200`);
    },
    query: (input) => {
      const { filters } = parseQuery(input);
      const parameters = {
        year: filters.years[0] ?? null,
        kind: filters.sources[0] ?? null,
        speaker: filters.speakers[0] ? `%${filters.speakers[0].toLowerCase()}%` : null,
      };
      const expression = ftsExpression(input);
      const rows =
        (expression ? matching?.all({ ...parameters, match: expression }) : filtering?.all(parameters)) ?? [];
      return [...new Set((rows as { talk_id: string }[]).map((row) => row.talk_id))];
    },
  };
}

// A talk as a CSL-JSON item, and its citation key. Pure: main formats the items with citation-js
// (src/main/citations), and the Markdown export writes the same key into a file's frontmatter.
//
// CSL types: the talk itself is a `speech` whose event is its summit and whose address is the
// write-up's; the document it comes from is a `post-weblog` (a write-up) or a `broadcast` (an
// episode page or a transcript).

import type { SourceKind } from '../model';

export interface CslName {
  given?: string;
  family?: string;
  literal?: string;
}

/** The CSL-JSON fields this app writes. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'speech' | 'post-weblog' | 'broadcast';
  title: string;
  author?: CslName[];
  'event-title'?: string;
  'container-title'?: string;
  genre?: string;
  note?: string;
  issued?: { 'date-parts': number[][] };
  URL?: string;
}

export interface CitationFormats {
  key: string;
  bibtex: string;
  /** CSL-JSON, indented. */
  csl: string;
  /** A formatted reference (APA, plain text). */
  formatted: string;
}

export interface TalkCitations {
  talk: CitationFormats;
  source: CitationFormats;
}

/** What a citation is made from: the talk and the document that holds it. */
export interface CitableTalk {
  talkId: string;
  title: string;
  speakers: string[];
  summitYear: number | null;
  source: {
    id: string;
    title: string;
    kind: SourceKind;
    date: string | null;
    url?: string;
    author: string | null;
    host: string | null;
  };
}

/** "Sam Gross" as family "Gross", given "Sam"; one word stays whole. */
export function cslName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { literal: name.trim() };
  return { given: words.slice(0, -1).join(' '), family: words.at(-1) };
}

function ascii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[^A-Za-z0-9]/g, '');
}

const KEY_STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and', 'for', 'to', 'with', 'is']);

/** "Gross2023Making": first speaker's family name, the year, the title's first significant word. */
export function citationKey(talk: Pick<CitableTalk, 'title' | 'speakers' | 'summitYear'>): string {
  const first = talk.speakers[0];
  const family = first ? ascii(cslName(first).family ?? first) : 'Summit';
  const word = talk.title
    .split(/\s+/)
    .find((candidate) => !KEY_STOP_WORDS.has(candidate.toLowerCase()) && ascii(candidate));
  const titleWord = word ? ascii(word) : 'Talk';
  return `${family || 'Summit'}${talk.summitYear ?? 'nd'}${titleWord.charAt(0).toUpperCase()}${titleWord.slice(1)}`;
}

function issued(date: string | null, year: number | null): CslItem['issued'] {
  const parts = date?.split('-').map(Number).filter(Number.isFinite);
  if (parts && parts.length > 0) return { 'date-parts': [parts] };
  return year ? { 'date-parts': [[year]] } : undefined;
}

function summitName(year: number | null): string | undefined {
  return year ? `Python Language Summit ${year}` : undefined;
}

/** The talk as a `speech` at its summit. */
export function talkCslItem(talk: CitableTalk): CslItem {
  const event = summitName(talk.summitYear);
  return {
    id: citationKey(talk),
    'citation-key': citationKey(talk),
    type: 'speech',
    title: talk.title,
    ...(talk.speakers.length > 0 ? { author: talk.speakers.map(cslName) } : {}),
    ...(event ? { 'event-title': event, note: `Talk at the ${event}` } : {}),
    ...(talk.summitYear ? { issued: { 'date-parts': [[talk.summitYear]] } } : {}),
    ...(talk.source.url ? { URL: talk.source.url } : {}),
  };
}

/** The document the talk comes from: a write-up (`post-weblog`) or an episode (`broadcast`). */
export function sourceCslItem(talk: CitableTalk): CslItem {
  const { source } = talk;
  const type = source.kind === 'article' ? 'post-weblog' : 'broadcast';
  const person = source.kind === 'article' ? source.author : source.host;
  const key = `${ascii(person ? (cslName(person).family ?? person) : 'Summit') || 'Summit'}${source.date?.slice(0, 4) ?? talk.summitYear ?? 'nd'}${ascii(source.title.split(/\s+/)[0] ?? '') || 'Source'}`;
  const when = issued(source.date, talk.summitYear);
  return {
    id: key,
    'citation-key': key,
    type,
    title: source.title,
    ...(person ? { author: [cslName(person)] } : {}),
    ...(source.kind === 'transcript'
      ? { genre: 'Podcast transcript' }
      : source.kind === 'episode'
        ? { genre: 'Podcast episode' }
        : {}),
    ...(when ? { issued: when } : {}),
    ...(source.url ? { URL: source.url } : {}),
  };
}

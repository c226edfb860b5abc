// Scores the parsers on documents with hand-checked ground truth (test/corpus-eval/). The metrics
// are defined as the dev set's scorer defines them, so `npm run eval:corpus` and that scorer agree.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../../shared/model';
import { normalizeForMatch, titlesMatch } from '../../shared/titleMatch';
import { parseDocumentBytes } from './parseDocument';

export interface GroundTruth {
  file: string;
  format: 'markdown' | 'rst' | 'transcript' | 'vtt';
  summit_year: number | null;
  title: string | null;
  talks: string[];
  speakers: string[];
}

export interface CorpusMetrics {
  documents: number;
  parsed: number;
  year: number;
  title: number;
  talkRecall: number;
  talkPrecision: number;
  speakerRecall: number;
  speakerPrecision: number;
  transcripts: number;
  transcriptsTotal: number;
  /** One line per miss, to see what to fix. */
  notes: string[];
}

const percent = (hits: number, total: number): number => (total === 0 ? 100 : Math.round((1000 * hits) / total) / 10);

/**
 * The set's two halves, as `halves.json` beside its manifest writes them down (split by year), so
 * rules are tuned on one half and measured on the other.
 */
export function readHalves(folder: string): { rule: string; A: string[]; B: string[] } {
  return JSON.parse(readFileSync(join(folder, 'halves.json'), 'utf8')) as { rule: string; A: string[]; B: string[] };
}

/** The metrics over the set, or over the documents named in `only` (one half). */
export function evaluateCorpus(folder: string, only?: readonly string[]): CorpusMetrics {
  const all = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as GroundTruth[];
  const manifest = only ? all.filter((entry) => only.includes(entry.file)) : all;
  const count = { parsed: 0, year: 0, title: 0, titleN: 0, talkHit: 0, talkN: 0, outHit: 0, outN: 0 };
  const speakers = { hit: 0, n: 0, outOk: 0, outN: 0 };
  const transcripts = { ok: 0, n: 0 };
  const notes: string[] = [];
  for (const entry of manifest) {
    const isTranscript = entry.format === 'transcript' || entry.format === 'vtt';
    const result = parseDocumentBytes(readFileSync(join(folder, 'docs', entry.file)));
    if (!result.ok) {
      notes.push(`${entry.file}: not parsed: ${result.error}`);
      continue;
    }
    count.parsed++;
    const documents: SourceDocument[] = [result.document];
    const years = documents.map((document) => document.summitYear);
    if (entry.summit_year === null ? years.every((year) => year === null) : years.includes(entry.summit_year))
      count.year++;
    else notes.push(`${entry.file}: year ${years.join(',')}, want ${entry.summit_year}`);
    if (isTranscript) {
      transcripts.n++;
      if (documents.some((document) => document.kind === 'transcript')) transcripts.ok++;
    } else if (entry.title) {
      count.titleN++;
      const got = documents[0].title;
      if (titlesMatch(entry.title, got) || normalizeForMatch(entry.title) === normalizeForMatch(got)) count.title++;
      else notes.push(`${entry.file}: title "${got.slice(0, 70)}", want "${entry.title.slice(0, 70)}"`);
    }
    const talks = documents.flatMap((document) => document.talks);
    const titles = talks.map((talk) => talk.title);
    if (!isTranscript) {
      for (const want of entry.talks) {
        count.talkN++;
        if (titles.some((got) => titlesMatch(want, got))) count.talkHit++;
        else notes.push(`${entry.file}: talk missing "${want.slice(0, 70)}"`);
      }
      if (entry.talks.length > 0) {
        for (const got of titles) {
          count.outN++;
          if (entry.talks.some((want) => titlesMatch(want, got))) count.outHit++;
          else notes.push(`${entry.file}: extra talk "${got.slice(0, 70)}"`);
        }
      }
    }
    const wanted = new Set(entry.speakers.map(normalizeForMatch));
    const found = new Set(talks.flatMap((talk) => talk.speakers).map(normalizeForMatch));
    if (isTranscript)
      for (const document of documents)
        for (const person of [document.host, ...document.guests]) if (person) found.add(normalizeForMatch(person));
    for (const name of wanted) {
      speakers.n++;
      if (found.has(name)) speakers.hit++;
      else notes.push(`${entry.file}: speaker missing "${name}"`);
    }
    for (const name of found) {
      speakers.outN++;
      if (wanted.has(name)) speakers.outOk++;
      else notes.push(`${entry.file}: speaker not a presenter "${name}"`);
    }
  }
  return {
    documents: manifest.length,
    parsed: count.parsed,
    year: percent(count.year, manifest.length),
    title: percent(count.title, count.titleN),
    talkRecall: percent(count.talkHit, count.talkN),
    talkPrecision: percent(count.outHit, count.outN),
    speakerRecall: percent(speakers.hit, speakers.n),
    speakerPrecision: percent(speakers.outOk, speakers.outN),
    transcripts: transcripts.ok,
    transcriptsTotal: transcripts.n,
    notes,
  };
}

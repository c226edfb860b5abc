// Finds talks that discussed a PEP before it had a number: a 2022 talk about Sam Gross's "no GIL"
// fork cannot say "PEP 703", which was written in January 2023, yet it is that PEP's first step.
// Such a link is inferred, never a mention, and is always shown with its evidence.
//
// The rule, in terms of structure only:
// - the talk surely came before the PEP: its document is dated before the PEP's Created date, or,
//   when the document gives no date, its summit year is before the PEP's Created year (a summit
//   of the PEP's own year may have come after it, and a document dated on or after the Created
//   date was written when the PEP existed); and the talk does not mention the PEP by number;
// - one passage of the talk holds a clear share of the distinctive words of the PEP's title: at
//   least half of them and never fewer than two. A word is distinctive when few PEP titles use it
//   (document frequency across every title of the snapshot), so "Python", "CPython", "support",
//   "add" or "in" never count, and "global", "lock" do; a word of one or two letters ("no", "of",
//   the "C" of "C API") never does;
// - one of the PEP's authors, by full name (at least two words, as the snapshot's Author field
//   writes them; case, accents and a possessive "'s" do not matter), is named in that same
//   passage, or presents the talk and the talk's own title holds one of those distinctive words
//   (the talk is about the PEP's subject). A name elsewhere in the talk is not enough: a write-up
//   names many people in passing, and links resting on such a name were wrong on the documents
//   measured (see ADR 0012).
// Pure, so main's index and its tests run it the same way.

import type { EarlyDiscussionEvidence, PepFacts } from './pepFacts';
import { mentionedPeps } from './pepMentions';
import { foldAccents, holdsRun } from '../wordRuns';

/** A word as a title writes it, inner hyphens and apostrophes kept ("Per-Interpreter"). */
const TITLE_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** A title word is distinctive when at most this many PEP titles use it. */
export const DISTINCTIVE_TITLE_COUNT = 6;

export interface EarlyDiscussion {
  pep: number;
  evidence: EarlyDiscussionEvidence;
}

/** The part of a talk the rule reads. */
export interface TalkForEarlyDiscussion {
  title: string;
  summitYear: number | null;
  /** The document's date (YYYY-MM-DD) when it says: it decides, before the summit year, whether the talk came first. */
  date: string | null;
  /** Who presented the talk, as the document names them. */
  speakers: string[];
  blocks: { id: string; type: string; text: string }[];
}

/** Lower case without accents, with curly apostrophes made straight. */
function fold(text: string): string {
  return foldAccents(text)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}

/** Words with their inner hyphens and apostrophes ("f-strings", "o'brien"); a possessive "'s" is dropped. */
function words(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []).map((word) => word.replace(/'s?$/, ''));
}

/** A light stem, so a title's "Interpreters" meets a talk's "interpreter": a plural ending goes. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** An author's name as words, without an address or a note in brackets; null when not a full name. */
function nameWords(author: string): string[] | null {
  const name = words(author.replace(/<[^>]*>|\([^)]*\)/g, ' '));
  return name.length >= 2 ? name : null;
}

interface PreparedPep {
  facts: PepFacts;
  created: string;
  createdYear: number;
  authors: { name: string; words: string[] }[];
  /** Each distinctive title word: its stem and the title's own spelling. */
  distinctive: { stem: string; written: string }[];
}

/** The snapshot prepared once: each PEP's authors and distinctive title words. */
export interface EarlyDiscussionIndex {
  peps: PreparedPep[];
}

export function prepareEarlyDiscussion(peps: Iterable<PepFacts>): EarlyDiscussionIndex {
  const all = [...peps];
  const titleCount = new Map<string, number>();
  for (const pep of all)
    for (const word of new Set(words(pep.title).map(stem))) titleCount.set(word, (titleCount.get(word) ?? 0) + 1);
  const prepared: PreparedPep[] = [];
  for (const facts of all) {
    const created = facts.created;
    const createdYear = Number(created?.slice(0, 4));
    if (!created || !Number.isInteger(createdYear) || createdYear === 0) continue;
    const authors = facts.authors.flatMap((name) => {
      const split = nameWords(name);
      return split ? [{ name: name.replace(/<[^>]*>/g, '').trim(), words: split }] : [];
    });
    const seen = new Set<string>();
    const distinctive: PreparedPep['distinctive'] = [];
    for (const written of facts.title.match(TITLE_WORD) ?? []) {
      const [word] = words(written);
      if (!word) continue;
      const stemmed = stem(word);
      if (word.length < 3 || seen.has(stemmed) || (titleCount.get(stemmed) ?? 0) > DISTINCTIVE_TITLE_COUNT) continue;
      seen.add(stemmed);
      distinctive.push({ stem: stemmed, written });
    }
    if (authors.length > 0 && distinctive.length >= 2)
      prepared.push({ facts, created, createdYear, authors, distinctive });
  }
  return { peps: prepared };
}

/** The share of a title's distinctive words one passage must hold: half, and never fewer than two. */
export function wordsNeeded(distinctive: number): number {
  return Math.max(2, Math.ceil(distinctive / 2));
}

/** Whether the talk surely came before the PEP: by the document's date when it has one, else by the summit's year. */
function cameBefore(talk: TalkForEarlyDiscussion, summitYear: number, pep: PreparedPep): boolean {
  return talk.date !== null ? talk.date < pep.created : summitYear < pep.createdYear;
}

/** The PEPs a talk discussed before they had a number, each with its evidence; lowest number first. */
export function findEarlyDiscussions(talk: TalkForEarlyDiscussion, index: EarlyDiscussionIndex): EarlyDiscussion[] {
  const year = talk.summitYear;
  if (year === null) return [];
  const blocks = talk.blocks.filter((block) => block.type !== 'code');
  const mentioned = new Set(blocks.flatMap((block) => mentionedPeps(block.text)));
  const speakers = talk.speakers.map(words);
  const titleStems = new Set(words(talk.title).map(stem));
  const passages = blocks.map((block) => {
    const passageWords = words(block.text);
    return { id: block.id, words: passageWords, stems: new Set(passageWords.map(stem)) };
  });
  const found: EarlyDiscussion[] = [];
  for (const pep of index.peps) {
    if (!cameBefore(talk, year, pep) || mentioned.has(pep.facts.number)) continue;
    const aboutIt = pep.distinctive.some((word) => titleStems.has(word.stem));
    const presenter = aboutIt
      ? pep.authors.find((author) =>
          speakers.some(
            (speaker) => holdsRun(speaker, author.words) || (speaker.length >= 2 && holdsRun(author.words, speaker)),
          ),
        )
      : undefined;
    const needed = wordsNeeded(pep.distinctive.length);
    for (const passage of passages) {
      const held = pep.distinctive.filter((word) => passage.stems.has(word.stem));
      if (held.length < needed) continue;
      const named = pep.authors.find((candidate) => holdsRun(passage.words, candidate.words));
      const author = named ?? presenter;
      if (!author) continue;
      found.push({
        pep: pep.facts.number,
        evidence: {
          author: author.name,
          authorPresents: !named,
          phrases: titlePhrases(pep.facts.title, new Set(held.map((word) => word.stem)), passage.stems),
          blockId: passage.id,
        },
      });
      break;
    }
  }
  return found.sort((a, b) => a.pep - b.pep);
}

/** The held words of a title as phrases, each run of adjacent title words once. */
function titlePhrases(title: string, held: Set<string>, passage: Set<string>): string[] {
  const titleWords = (title.match(TITLE_WORD) ?? []).map((written) => ({
    written,
    stem: stem(words(written)[0] ?? ''),
  }));
  const marked = titleWords.map((word) => held.has(word.stem));
  // A word between two held ones joins them when the passage holds it too ("Global Interpreter Lock").
  let last = -1;
  for (const [position, word] of titleWords.entries()) {
    if (!held.has(word.stem)) continue;
    const gap = titleWords.slice(last + 1, position);
    if (last >= 0 && gap.every((between) => passage.has(between.stem))) marked.fill(true, last + 1, position);
    last = position;
  }
  const phrases: string[] = [];
  let run: string[] = [];
  for (const [position, word] of [...titleWords.entries(), [titleWords.length, null] as const]) {
    if (word && marked[position]) {
      run.push(word.written);
      continue;
    }
    if (run.length > 0) phrases.push(run.join(' '));
    run = [];
  }
  return [...new Set(phrases)];
}

/**
 * "Before PEP 703 existed — names its author Sam Gross and ‘global interpreter lock’", or for a
 * talk its author gave, "Before PEP 615 existed — given by its author Paul Ganssle, on ‘time zone’".
 */
export function earlyDiscussionLabel(pep: number, evidence: EarlyDiscussionEvidence): string {
  const when = `Before PEP ${pep} existed`;
  const quoted = evidence.phrases.map((phrase) => `‘${phrase.toLowerCase()}’`).join(', ');
  return evidence.authorPresents
    ? `${when} — given by its author ${evidence.author}, on ${quoted}`
    : `${when} — names its author ${evidence.author} and ${quoted}`;
}

// Which parts of a summit episode's transcript discuss which talk of that summit. The transcript is
// cut into one-minute windows; each window (with half the weight of its neighbours, since a talk is
// discussed over several minutes) is compared with each talk by tf-idf cosine over the talk's text,
// title and presenters' names, so rare shared terms and names count most. A window is about a talk
// when its match stands out from that talk's level over the whole episode (a talk whose words
// are everyday ones matches every minute a little, and none of those minutes is about it), and
// beats every talk of the neighbouring summits (the background: they share this summit's threads,
// so beating them means the window is about this talk, not just its subject). A Viterbi pass then
// finds the best sequence of parts, paying a price for every change of talk, so a part is a run of
// minutes and a stray minute is not a part; a part starts where the episode first names its talk
// (a word of its title or a presenter's name), and a run that never names it is no part. Terms heard all through the episode (and the names of
// the people speaking in it, who address each other) do not tell its minutes apart, and weigh
// little or nothing.

import { terms } from '../../shared/search/tokenize';

export interface TimedBlock {
  id: string;
  /** Seconds from the start of the recording. */
  start: number;
  text: string;
  sponsor: boolean;
}

export interface SegmentTalk {
  talkId: string;
  title: string;
  speakers: string[];
  text: string;
}

export interface FoundPart {
  talkId: string;
  /** The first block of the part, and its time. */
  blockId: string;
  start: number;
  /** Where the part ends: the start of what follows it, or the last block's start. */
  end: number;
}

/**
 * The method's parameters, fixed from what a conversation about talks is like, not fitted:
 * the truth is kept by the minute, so windows are a minute; a neighbour weighs half; a word of a
 * talk's title or a presenter's name weighs as much as three mentions in its text, since an
 * episode names the talk it turns to; below `minimumScore` a match is noise even with no
 * background to compare against; a window is about a talk when its match stands one standard
 * deviation above the talk's level over the episode (a talk discussed for a tenth of an episode
 * stands about three above it in those minutes, and a third of one below it elsewhere).
 */
export const SEGMENT_PARAMETERS = {
  windowSeconds: 60,
  neighbourWeight: 0.5,
  titleWeight: 3,
  speakerWeight: 3,
  minimumScore: 0.02,
  standOut: 1,
} as const;

type Vector = Map<string, number>;

function count(into: Map<string, number>, words: string[], weight: number): void {
  for (const word of words) into.set(word, (into.get(word) ?? 0) + weight);
}

function talkCounts(talk: SegmentTalk): Map<string, number> {
  const counts = new Map<string, number>();
  count(counts, terms(talk.text), 1);
  count(counts, terms(talk.title), SEGMENT_PARAMETERS.titleWeight);
  count(counts, terms(talk.speakers.join(' ')), SEGMENT_PARAMETERS.speakerWeight);
  return counts;
}

/** Log-scaled counts times inverse document frequency, made unit length. */
function weigh(counts: Map<string, number>, idf: (term: string) => number): Vector {
  const vector: Vector = new Map();
  for (const [term, value] of counts) if (value > 0) vector.set(term, (1 + Math.log(value)) * idf(term));
  const norm = Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0)) || 1;
  for (const [term, value] of vector) vector.set(term, value / norm);
  return vector;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, value] of small) sum += value * (large.get(term) ?? 0);
  return sum;
}

interface Window {
  start: number;
  counts: Map<string, number>;
  sponsor: boolean;
  blocks: TimedBlock[];
}

function windowsOf(blocks: TimedBlock[], voices: Set<string>): Window[] {
  const size = SEGMENT_PARAMETERS.windowSeconds;
  const last = Math.max(0, ...blocks.map((block) => block.start));
  const windows: Window[] = Array.from({ length: Math.floor(last / size) + 1 }, (_, index) => ({
    start: index * size,
    counts: new Map(),
    sponsor: false,
    blocks: [],
  }));
  const sponsorChars = new Array<number>(windows.length).fill(0);
  const allChars = new Array<number>(windows.length).fill(0);
  for (const block of blocks) {
    const index = Math.floor(block.start / size);
    windows[index].blocks.push(block);
    allChars[index] += block.text.length;
    if (block.sponsor) sponsorChars[index] += block.text.length;
    else
      count(
        windows[index].counts,
        terms(block.text).filter((term) => !voices.has(term)),
        1,
      );
  }
  windows.forEach((window, index) => (window.sponsor = sponsorChars[index] * 2 > allChars[index]));
  return windows;
}

/** A window's terms with its neighbours' at half weight. */
function contextCounts(windows: Window[], index: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [offset, weight] of [
    [-1, SEGMENT_PARAMETERS.neighbourWeight],
    [0, 1],
    [1, SEGMENT_PARAMETERS.neighbourWeight],
  ] as const) {
    const window = windows[index + offset];
    if (window) for (const [term, value] of window.counts) counts.set(term, (counts.get(term) ?? 0) + value * weight);
  }
  return counts;
}

/** ln((1 + n) / (1 + the number of the n term sets holding the term)): rarer terms weigh more. */
function inverseFrequency(sets: Map<string, number>[]): (term: string) => number {
  const frequency = new Map<string, number>();
  for (const counts of sets) for (const term of counts.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  return (term) => Math.log((1 + sets.length) / (1 + (frequency.get(term) ?? 0)));
}

function spread(values: number[]): { mean: number; deviation: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, values.length);
  return { mean, deviation: Math.sqrt(variance) };
}

/**
 * How strongly each window is about each talk, as standard deviations above that talk's own level
 * over the whole transcript, less `standOut` (so a window counts for a talk when it stands out
 * from the rest of the episode for it). A window that does not match the talk better than every
 * background talk counts as the talk's usual level. Sponsor reads are about no talk.
 */
export function windowMargins(
  blocks: TimedBlock[],
  talks: SegmentTalk[],
  background: SegmentTalk[],
  voices: string[] = [],
): { windows: Window[]; margins: number[][] } {
  const documents = [...talks, ...background].map(talkCounts);
  const idf = inverseFrequency(documents);
  const talkVectors = documents.map((counts) => weigh(counts, idf));
  const windows = windowsOf(blocks, new Set(terms(voices.join(' '))));
  // A term heard all through the episode cannot tell its minutes apart.
  const acrossEpisode = inverseFrequency(windows.map((window) => window.counts));
  const scores = windows.map((_, index) => {
    const vector = weigh(contextCounts(windows, index), (term) => idf(term) * acrossEpisode(term));
    return talkVectors.map((talk) => cosine(vector, talk));
  });
  const levels = talks.map((_, talk) =>
    spread(scores.filter((_, index) => !windows[index].sponsor).map((row) => row[talk])),
  );
  const margins = scores.map((row, index) => {
    const floor = Math.max(SEGMENT_PARAMETERS.minimumScore, ...row.slice(talks.length));
    return talks.map((_, talk) => {
      if (windows[index].sponsor) return Number.NEGATIVE_INFINITY;
      const { mean, deviation } = levels[talk];
      const standing = row[talk] > floor && deviation > 0 ? (row[talk] - mean) / deviation : 0;
      return standing - SEGMENT_PARAMETERS.standOut;
    });
  });
  return { windows, margins };
}

/**
 * The best sequence of states (0: no talk, t + 1: talk t) for the margins, each change of state
 * costing `switchCost`.
 */
export function bestPath(margins: number[][], switchCost: number): number[] {
  if (margins.length === 0) return [];
  const states = margins[0].length + 1;
  const emit = (window: number, state: number) => (state === 0 ? 0 : margins[window][state - 1]);
  let scores = Array.from({ length: states }, (_, state) => emit(0, state));
  const back: number[][] = [];
  for (let window = 1; window < margins.length; window++) {
    const best = scores.reduce((top, score, state) => (score > scores[top] ? state : top), 0);
    const from = scores.map((score, state) => (score >= scores[best] - switchCost ? state : best));
    back.push(from);
    scores = from.map(
      (previous, state) => scores[previous] - (previous === state ? 0 : switchCost) + emit(window, state),
    );
  }
  const path = [scores.reduce((top, score, state) => (score > scores[top] ? state : top), 0)];
  for (let window = back.length - 1; window >= 0; window--) path.unshift(back[window][path[0]]);
  return path;
}

/** The words that name a talk: those of its title and its presenters' names, of four letters or more. */
function identityTerms(talk: SegmentTalk): Set<string> {
  return new Set(terms(`${talk.title} ${talk.speakers.join(' ')}`).filter((term) => term.length >= 4));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
}

/** The parts of a transcript that discuss each talk, in time order. */
export function segmentTranscript(
  blocks: TimedBlock[],
  talks: SegmentTalk[],
  background: SegmentTalk[],
  voices: string[] = [],
): FoundPart[] {
  if (talks.length === 0 || blocks.length === 0) return [];
  const { windows, margins } = windowMargins(blocks, talks, background, voices);
  // A change of talk costs what a typical minute of evidence for a talk is worth: one such
  // minute does not pay for leaving and returning, two do.
  const switchCost = median(margins.flat().filter((margin) => margin > 0));
  if (switchCost === 0) return [];
  const path = bestPath(margins, switchCost);
  const parts: FoundPart[] = [];
  for (let index = 0; index < path.length; index++) {
    const state = path[index];
    if (state === 0 || path[index - 1] === state) continue;
    let last = index;
    while (path[last + 1] === state) last++;
    // An episode turns to a talk by naming it: the part starts at the first minute that says a
    // word of its title or a presenter's name, and a run that never does is no part.
    const named = identityTerms(talks[state - 1]);
    let opening = index;
    while (opening <= last && ![...windows[opening].counts.keys()].some((term) => named.has(term))) opening++;
    if (opening > last) continue;
    const first = windows
      .slice(opening, last + 1)
      .flatMap((window) => window.blocks.filter((block) => !block.sponsor))[0];
    if (!first) continue;
    const next = windows.slice(last + 1).find((window) => window.blocks.length > 0)?.blocks[0];
    parts.push({
      talkId: talks[state - 1].talkId,
      blockId: first.id,
      start: first.start,
      end: next?.start ?? Math.max(...windows[last].blocks.map((block) => block.start), first.start),
    });
  }
  return parts;
}

// Which parts of a summit episode's transcript discuss which talk of that summit. The transcript is
// cut into one-minute windows; each window (with half the weight of its neighbours, since a talk is
// discussed over several minutes) is compared with each talk by tf-idf cosine over the talk's text,
// title and presenters' names, so rare shared terms and names count most. A window is about a talk
// when its match stands out from that talk's level over the whole episode (a talk whose words
// are everyday ones matches every minute a little, and none of those minutes is about it), and
// beats every talk of the neighbouring summits (the background: they share this summit's threads,
// so beating them means the window is about this talk, not just its subject). A Viterbi pass then
// finds the best sequence of parts, paying a price for every change of talk, so a part is a run of
// minutes and a stray minute is not a part. An episode turns to a talk by naming it: a part starts
// at the first line that says a presenter's full name or two words of the title together, and a
// run that never does is no part. It turns away by naming someone else: a line that says the full
// name of another summit presenter (of any year in the library) ends the part, since a minute
// about a talk the library does not hold otherwise goes to a held talk on the same subject. Terms
// heard all through the episode (and the names of the people speaking in it, who address each
// other) do not tell its minutes apart, and weigh little or nothing.

import { terms } from '../../shared/search/tokenize';
import {
  firstSaying,
  nameHolders,
  namesSomeoneElse,
  presenterIndex,
  says,
  talkNamings,
  type Naming,
} from './talkNaming';

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

/** Where the sequence of states may enter and keep a talk; by default anywhere. */
export interface PathRules {
  /** Whether talk `talk` may begin at `window`. */
  enter(window: number, talk: number): boolean;
  /** Whether talk `talk`, under way at `window`, may go on into the next window. */
  goOn(window: number, talk: number): boolean;
}

const ANYWHERE: PathRules = { enter: () => true, goOn: () => true };

/**
 * The best sequence of states (0: no talk, t + 1: talk t) for the margins, each change of state
 * costing `switchCost`, within `rules`. "No talk" may begin and go on anywhere.
 */
export function bestPath(margins: number[][], switchCost: number, rules: PathRules = ANYWHERE): number[] {
  if (margins.length === 0) return [];
  const states = margins[0].length + 1;
  const emit = (window: number, state: number) => (state === 0 ? 0 : margins[window][state - 1]);
  const enters = (window: number, state: number) => state === 0 || rules.enter(window, state - 1);
  let scores = Array.from({ length: states }, (_, state) =>
    enters(0, state) ? emit(0, state) : Number.NEGATIVE_INFINITY,
  );
  const back: number[][] = [];
  for (let window = 1; window < margins.length; window++) {
    const from: number[] = [];
    const next: number[] = [];
    for (let state = 0; state < states; state++) {
      let bestFrom = -1;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let previous = 0; previous < states; previous++) {
        const allowed = previous === state ? state === 0 || rules.goOn(window - 1, state - 1) : enters(window, state);
        const score = scores[previous] - (previous === state ? 0 : switchCost);
        if (allowed && score > bestScore) [bestFrom, bestScore] = [previous, score];
      }
      from.push(bestFrom < 0 ? 0 : bestFrom);
      next.push(bestScore + emit(window, state));
    }
    back.push(from);
    scores = next;
  }
  const path = [scores.reduce((top, score, state) => (score > scores[top] ? state : top), 0)];
  for (let window = back.length - 1; window >= 0; window--) path.unshift(back[window][path[0]]);
  return path;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
}

/**
 * The parts of a transcript that discuss each talk, in time order. `presenters` are the people who
 * presented at any summit in the library: a line naming one of them who is not a presenter of the
 * talk under way ends its part.
 */
export function segmentTranscript(
  blocks: TimedBlock[],
  talks: SegmentTalk[],
  background: SegmentTalk[],
  voices: string[] = [],
  presenters: string[] = [],
): FoundPart[] {
  if (talks.length === 0 || blocks.length === 0) return [];
  const { windows, margins } = windowMargins(blocks, talks, background, voices);
  // A change of talk costs what a typical minute of evidence for a talk is worth: one such
  // minute does not pay for leaving and returning, two do.
  const switchCost = median(margins.flat().filter((margin) => margin > 0));
  if (switchCost === 0) return [];
  const everyone = [...presenters, ...[...talks, ...background].flatMap((talk) => talk.speakers)];
  const holders = nameHolders(everyone, voices);
  const naming = talks.map((talk) => talkNamings(talk, holders));
  const index = presenterIndex(everyone, voices);
  const spoken = windows.map((window) => window.blocks.filter((block) => !block.sponsor));
  const turnsAway = (talk: number) => (block: TimedBlock) => namesSomeoneElse(block, talks[talk], index);
  // A talk begins only where it is named: in that minute, or in the last line of the one before
  // (a line runs on). It goes no further than a minute in which, after the last line naming it,
  // a line names someone else: an introduction may mention another presenter before it names its
  // talk.
  const namedIn = spoken.map((lines) => naming.map((each) => firstSaying(lines, each) !== undefined));
  const namedAtEnd = spoken.map((lines) => naming.map((each) => firstSaying(lines.slice(-1), each) !== undefined));
  const turnedIn = spoken.map((lines) =>
    talks.map((_, talk) => {
      const lastNaming = lines.findLastIndex((block) => naming[talk].some((each) => says(block, each)));
      return lines.slice(lastNaming + 1).some(turnsAway(talk));
    }),
  );
  const path = bestPath(margins, switchCost, {
    enter: (window, talk) => namedIn[window][talk] || (window > 0 && namedAtEnd[window - 1][talk]),
    goOn: (window, talk) => !turnedIn[window][talk],
  });
  const parts: FoundPart[] = [];
  for (let start = 0; start < path.length; start++) {
    const state = path[start];
    if (state === 0 || path[start - 1] === state) continue;
    let last = start;
    while (path[last + 1] === state) last++;
    const before = spoken[start - 1]?.slice(-1) ?? [];
    const runBlocks = [...before, ...windows.slice(start, last + 1).flatMap((window) => window.blocks)];
    const after = windows.slice(last + 1).find((window) => window.blocks.length > 0)?.blocks[0];
    parts.push(...namedParts(talks[state - 1], runBlocks, naming[state - 1], turnsAway(state - 1), after));
  }
  // A part ends where the next begins: the next may start at the last line of this one's minute.
  parts.forEach((part, at) => {
    const next = parts[at + 1];
    if (next && next.start < part.end) part.end = Math.max(part.start, next.start);
  });
  return parts;
}

/**
 * The parts of one run of minutes given to `talk`: each starts at a line naming the talk and ends
 * where a line names another presenter, or where the run ends (at `after`, the next line).
 */
function namedParts(
  talk: SegmentTalk,
  blocks: TimedBlock[],
  naming: Naming[],
  turnsAway: (block: TimedBlock) => boolean,
  after: TimedBlock | undefined,
): FoundPart[] {
  const parts: FoundPart[] = [];
  let rest = blocks;
  while (rest.length > 0) {
    const first = firstSaying(rest, naming);
    if (!first) break;
    rest = rest.slice(rest.indexOf(first) + 1);
    const turn = rest.find(turnsAway);
    const end = turn?.start ?? after?.start ?? Math.max(first.start, ...rest.map((block) => block.start));
    parts.push({ talkId: talk.talkId, blockId: first.id, start: first.start, end });
    if (!turn) break;
    rest = rest.slice(rest.indexOf(turn) + 1);
  }
  return parts;
}

// Reads podcast transcripts ("HH:MM:SS text" lines, or WebVTT cues) into timed paragraphs.
//
// Lines that the transcription repeated are dropped, cues are grouped into readable paragraphs,
// and sponsor reads are marked so the reader can fold them away.

import { episodeSummitYear, parseDate } from './dates';
import type { DraftBlock, DraftDocument } from './draft';
import { collapseSpaces } from './inline';
import { splitVoice, transcriptPeople } from './transcriptSpeakers';

export interface Cue {
  start: number;
  text: string;
  /** Who speaks, when the transcript says (a voice tag or a "Name:" turn). */
  voice?: string;
}

function cueOf(start: number, raw: string): Cue {
  const { voice, text } = splitVoice(raw);
  return voice ? { start, text: collapseSpaces(text), voice } : { start, text: collapseSpaces(text) };
}

const TIMESTAMP_LINE = /^\s*\[?((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d+)?\]?\s+(\S.*)$/;
const VTT_TIMING = /^\s*((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d+)?\s+-->\s+/;

function seconds(stamp: string): number {
  return stamp.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** True when most non-empty lines start with a timestamp, or the text is WebVTT. */
export function looksLikeTranscript(text: string): boolean {
  if (/^\uFEFF?WEBVTT\b/.test(text)) return true;
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 3) return false;
  const timed = lines.filter((line) => TIMESTAMP_LINE.test(line)).length;
  return timed / lines.length >= 0.6;
}

export function readCues(text: string): Cue[] {
  const lines = text.split('\n');
  const cues: Cue[] = [];
  if (/^\uFEFF?WEBVTT\b/.test(text)) {
    for (let i = 0; i < lines.length; i++) {
      const timing = VTT_TIMING.exec(lines[i]);
      if (!timing) continue;
      const body: string[] = [];
      while (i + 1 < lines.length && lines[i + 1].trim() !== '') body.push(lines[++i].trim());
      const cue = cueOf(seconds(timing[1]), body.join(' '));
      cue.text = collapseSpaces(cue.text.replace(/<[^>]+>/g, ''));
      if (cue.text) cues.push(cue);
    }
    return cues;
  }
  for (const line of lines) {
    const match = TIMESTAMP_LINE.exec(line);
    if (match) cues.push(cueOf(seconds(match[1]), match[2]));
    else if (line.trim() && cues.length > 0) cues[cues.length - 1].text += ` ${collapseSpaces(line)}`;
  }
  return cues;
}

function normalizedForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Drops cues whose text repeats one of the few cues just before it. */
export function dropRepeatedCues(cues: Cue[]): Cue[] {
  const kept: Cue[] = [];
  for (const cue of cues) {
    const key = normalizedForComparison(cue.text);
    const recent = kept.slice(-3).map((previous) => normalizedForComparison(previous.text));
    if (key.length > 0 && recent.includes(key)) continue;
    kept.push(cue);
  }
  return kept;
}

const SPONSOR_START =
  /\b(?:brought to you|sponsored by|thanks? (?:you )?to our sponsors?|a word from our sponsor|this portion of .{0,40} is brought)\b/i;
const SPONSOR_END =
  /\b(?:thanks?(?: you)? to [\w' .-]{2,40} for (?:supporting|sponsoring)|let'?s get (?:back )?to the (?:interview|show|conversation)|back to (?:the )?(?:interview|show|conversation))\b/i;
const SPONSOR_VOCABULARY = /\b(?:visit|promo|code|sign up|free|sponsor|get started|trial|discount)\b|\.\w{2,3}\//i;
const MAX_SPONSOR_SECONDS = 150;

/**
 * Splits cues at the sentence where a sponsor read starts or ends, so that the words around it
 * ("…upcoming shows. This episode is brought to you…") land on the right side of the fold.
 */
export function splitAtSponsorBoundaries(cues: Cue[]): Cue[] {
  return cues.flatMap((cue) => {
    const sentences = cue.text.split(/(?<=[.!?])\s+/);
    if (sentences.length < 2) return [cue];
    const startAt = sentences.findIndex((sentence) => SPONSOR_START.test(sentence));
    const endAt = sentences.findIndex((sentence) => SPONSOR_END.test(sentence));
    const cuts = [startAt > 0 ? startAt : -1, endAt >= 0 && endAt < sentences.length - 1 ? endAt + 1 : -1]
      .filter((cut) => cut > 0)
      .sort((a, b) => a - b);
    if (cuts.length === 0) return [cue];
    const pieces: Cue[] = [];
    let from = 0;
    for (const cut of [...new Set(cuts), sentences.length]) {
      if (cut > from) pieces.push({ start: cue.start, text: sentences.slice(from, cut).join(' ') });
      from = cut;
    }
    return pieces;
  });
}

/** Marks the cues that belong to sponsor reads. */
export function markSponsorReads(cues: Cue[]): boolean[] {
  const marks = cues.map(() => false);
  let i = 0;
  while (i < cues.length) {
    if (!SPONSOR_START.test(cues[i].text)) {
      i++;
      continue;
    }
    const start = i;
    let end = -1;
    let lastVocabulary = start;
    for (let j = start; j < cues.length && cues[j].start - cues[start].start <= MAX_SPONSOR_SECONDS; j++) {
      if (SPONSOR_VOCABULARY.test(cues[j].text)) lastVocabulary = j;
      if (j > start && SPONSOR_END.test(cues[j].text)) {
        end = j;
        // Thank-you lines are often repeated; keep the whole run inside the read.
        while (end + 1 < cues.length && SPONSOR_END.test(cues[end + 1].text)) end++;
        break;
      }
    }
    if (end < 0) end = lastVocabulary;
    for (let k = start; k <= end; k++) marks[k] = true;
    i = end + 1;
  }
  return marks;
}

const PARAGRAPH_TARGET = 450;
const PARAGRAPH_MAX = 1200;
const PAUSE_SECONDS = 6;

/** Groups cues into paragraphs at sentence ends, pauses and sponsor boundaries. */
export function groupCues(cues: Cue[], sponsor: boolean[]): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  let current: { start: number; sponsor: boolean; text: string; cues: { start: number; offset: number }[] } | null =
    null;
  const flush = (): void => {
    if (current)
      blocks.push({
        type: 'segment',
        text: current.text,
        start: current.start,
        cues: current.cues,
        sponsor: current.sponsor,
      });
    current = null;
  };
  cues.forEach((cue, index) => {
    const previous = cues[index - 1];
    if (current) {
      const sentenceEnded = /[.?!]["”’)]?$/.test(current.text);
      const paused = previous !== undefined && cue.start - previous.start >= PAUSE_SECONDS;
      if (
        current.sponsor !== sponsor[index] ||
        current.text.length >= PARAGRAPH_MAX ||
        (sentenceEnded && (current.text.length >= PARAGRAPH_TARGET || paused))
      ) {
        flush();
      }
    }
    if (!current) current = { start: cue.start, sponsor: sponsor[index], text: '', cues: [] };
    const offset = current.text.length === 0 ? 0 : current.text.length + 1;
    current.text = current.text.length === 0 ? cue.text : `${current.text} ${cue.text}`;
    current.cues.push({ start: cue.start, offset });
  });
  flush();
  return blocks;
}

const OPENING_SECONDS = 180;
const OPENING_WORDS = 600;

/** What an episode says it is about: its first minutes (the host's introduction), at most a few hundred words. */
function openingOf(cues: Cue[]): string {
  const first = cues.length > 0 ? cues[0].start : 0;
  const words = cues
    .filter((cue) => cue.start - first < OPENING_SECONDS)
    .map((cue) => cue.text)
    .join(' ')
    .split(/\s+/);
  return words.slice(0, OPENING_WORDS).join(' ');
}

export function parseTranscript(text: string): DraftDocument {
  const cues = splitAtSponsorBoundaries(dropRepeatedCues(readCues(text)));
  const blocks = groupCues(cues, markSponsorReads(cues));
  const spoken = cues.map((cue) => cue.text).join(' ');
  const episode = /\bThis is ([\p{Lu}][\p{L} ]{2,40}?),? episode (\d+)/u.exec(spoken);
  const { host, guests } = transcriptPeople(
    spoken,
    cues.map((cue) => cue.voice ?? null),
  );
  const recorded = /\brecorded\s+(?:on\s+)?([^.]{6,30}\d{4})/i.exec(spoken)?.[1];
  const date = recorded ? parseDate(recorded) : null;
  const summitYear = episodeSummitYear(openingOf(cues), date ? Number(date.slice(0, 4)) : null);
  const title = episode
    ? `${episode[1]} #${episode[2]} (transcript)`
    : `Transcript: ${spoken.split(/\s+/).slice(0, 8).join(' ')}…`;
  const speakers = [host, ...guests].filter((name): name is string => name !== null);
  return {
    title,
    kind: 'transcript',
    summitYear,
    date,
    author: null,
    host,
    guests,
    intro: [],
    links: [],
    talks: [{ title, speakers, blocks }],
  };
}

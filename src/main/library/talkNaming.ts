// How a podcast episode names the talk it turns to, and the person who marks a turn away from it.
// Transcripts are speech recognised by machine: titles are said in part, names are spelt loosely,
// and a line is a paragraph. So a talk is named by a presenter's full name, by two words of its
// title said together, or by a presenter's given name or surname on its own when no other
// presenter in the library shares it and the line writes it with a capital, as names are written
// (an episode says "Guido's talk"; "page" and "snow" are words, "Page" and "Snow" in mid-sentence
// are people). A turn away is marked only by another presenter's full name: a lone first name is
// too often an aside ("that's what Barry was saying").

import { STOP_WORDS } from '../../shared/search/tokenize';
import type { SegmentTalk, TimedBlock } from './transcriptSegments';

/** Words said together, or one name said with its capital. */
export type Naming = { words: string[] } | { name: string };

/**
 * Plain lower-case words in order, hyphenated words cut into their parts ("Keith-Magee", "free-
 * threaded"), stop words dropped: the form in which names and titles are looked for in a line.
 */
export function plainWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

const wordsOfBlock = new WeakMap<TimedBlock, string[]>();

function blockWords(block: TimedBlock): string[] {
  let words = wordsOfBlock.get(block);
  if (!words) wordsOfBlock.set(block, (words = plainWords(block.text)));
  return words;
}

function holdsRun(words: string[], run: string[]): boolean {
  if (run.length === 0) return false;
  for (let index = 0; index + run.length <= words.length; index++)
    if (run.every((word, offset) => words[index + offset] === word)) return true;
  return false;
}

/** Whether `text` writes `name` with its capital somewhere other than a sentence's first word. */
function writesName(text: string, name: string): boolean {
  const written = name[0].toUpperCase() + name.slice(1);
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
    const before = text.slice(0, at).trimEnd();
    const after = text[at + written.length] ?? '';
    if (/[\p{L}\p{N}]/u.test(after) || /[\p{L}\p{N}]$/u.test(text.slice(0, at))) continue;
    if (before !== '' && !/[.!?]$/.test(before)) return true;
  }
  return false;
}

export function says(block: TimedBlock, naming: Naming): boolean {
  if (block.sponsor) return false;
  return 'words' in naming ? holdsRun(blockWords(block), naming.words) : writesName(block.text, naming.name);
}

/** The first block among `blocks` saying one of `namings`, if any. */
export function firstSaying(blocks: TimedBlock[], namings: Naming[]): TimedBlock | undefined {
  return blocks.find((block) => namings.some((naming) => says(block, naming)));
}

/** A person's full name as words to find together; a single name is too common to count. */
export function fullName(person: string): string[] | null {
  const words = plainWords(person);
  return words.length >= 2 ? words : null;
}

/** Who holds each name word among the library's presenters and the episode's voices. */
export function nameHolders(everyone: string[], voices: string[]): Map<string, Set<string>> {
  const holders = new Map<string, Set<string>>();
  for (const person of [...everyone, ...voices])
    for (const word of plainWords(person)) holders.set(word, (holders.get(word) ?? new Set()).add(person));
  return holders;
}

/**
 * What names `talk`: each presenter's full name, each presenter's given name or surname that no
 * one else in `holders` (from `nameHolders`) has, each two title words that stand together in the
 * title (a title of one word is named by that word).
 */
export function talkNamings(talk: SegmentTalk, holders: Map<string, Set<string>>): Naming[] {
  const title = plainWords(talk.title);
  const titleRuns = title.length === 1 ? [title] : title.slice(1).map((word, index) => [title[index], word]);
  const names = talk.speakers.map(fullName).filter((name): name is string[] => name !== null);
  const sole = talk.speakers.flatMap((person) =>
    (fullName(person) ?? []).filter(
      (word) => word.length >= 4 && [...(holders.get(word) ?? [])].every((holder) => holder === person),
    ),
  );
  return [
    ...names.map((words) => ({ words })),
    ...titleRuns.map((words) => ({ words })),
    ...sole.map((name) => ({ name })),
  ];
}

/**
 * The full names of `everyone` (less the voices) said in any of `blocks`, as words joined by
 * spaces. Names are looked up by their first word, so a library of thousands of presenters costs
 * one pass over the words.
 */
export function fullNamesSaid(blocks: TimedBlock[], everyone: string[], voices: string[]): Set<string> {
  const voiceNames = new Set(voices.map((voice) => plainWords(voice).join(' ')));
  const byFirst = new Map<string, string[][]>();
  for (const person of new Set(everyone)) {
    const name = fullName(person);
    if (!name || voiceNames.has(name.join(' '))) continue;
    byFirst.set(name[0], [...(byFirst.get(name[0]) ?? []), name]);
  }
  const said = new Set<string>();
  for (const block of blocks) {
    if (block.sponsor) continue;
    const words = blockWords(block);
    words.forEach((word, index) => {
      for (const name of byFirst.get(word) ?? [])
        if (name.every((part, offset) => words[index + offset] === part)) said.add(name.join(' '));
    });
  }
  return said;
}

/** Whether any of `said` (from `fullNamesSaid`) is someone other than a presenter of `talk`. */
export function namesSomeoneElse(said: Set<string>, talk: SegmentTalk): boolean {
  const own = new Set(talk.speakers.map((person) => plainWords(person).join(' ')));
  return [...said].some((name) => !own.has(name));
}

// How a podcast episode names the talk it turns to, and the person who marks a turn away from it.
// Transcripts are speech recognised by machine: titles are said in part, names are spelt loosely,
// and a line is a paragraph. So a talk is named by a presenter's full name, by two words of its
// title said together, or by a presenter's given name or surname on its own when no other
// presenter in the library shares it and the line writes it with a capital, as names are written
// (an episode says "Guido's talk"; "page" and "snow" are words, "Page" and "Snow" in mid-sentence
// are people). A name that opens a sentence is not counted: any word is capitalised there. A turn
// away is marked only by another presenter's full name: a lone first name is too often an aside
// ("that's what Barry was saying"). Accents are folded, so "Łukasz" and "Lukasz" are one name.

import { STOP_WORDS } from '../../shared/search/tokenize';
import { foldAccents, holdsRun } from '../../shared/wordRuns';
import type { SegmentTalk, TimedBlock } from './transcriptSegments';

/** Words said together, or one name said with its capital. */
export type Naming = { words: string[] } | { name: string };

/**
 * Plain lower-case words in order, accents folded, hyphenated words cut into their parts
 * ("Keith-Magee", "free-threaded"), stop words dropped: the form in which names and titles are
 * looked for in a line.
 */
export function plainWords(text: string): string[] {
  return foldAccents(text)
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

/**
 * The words `text` writes as names, in plain lower case: words that start with a capital, whatever
 * the case of their inner letters ("McDonald"), and do not open a sentence.
 */
function wordsWrittenAsNames(text: string): Set<string> {
  const plain = foldAccents(text);
  const names = new Set<string>();
  let previousEnd = -1;
  for (const match of plain.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    // What stands between this word and the one before: a sentence opens after . ! or ?.
    const opensSentence = previousEnd < 0 || /[.!?]\s*$/.test(plain.slice(previousEnd, match.index));
    previousEnd = match.index + word.length;
    if (!opensSentence && word[0] !== word[0].toLowerCase()) names.add(word.toLowerCase());
  }
  return names;
}

const namesOfBlock = new WeakMap<TimedBlock, Set<string>>();

function blockNames(block: TimedBlock): Set<string> {
  let names = namesOfBlock.get(block);
  if (!names) namesOfBlock.set(block, (names = wordsWrittenAsNames(block.text)));
  return names;
}

export function says(block: TimedBlock, naming: Naming): boolean {
  if (block.sponsor) return false;
  return 'words' in naming ? holdsRun(blockWords(block), naming.words) : blockNames(block).has(naming.name);
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

/** The library's presenters' full names (less the episode's voices), found by their first word. */
export type PresenterIndex = Map<string, string[][]>;

export function presenterIndex(everyone: string[], voices: string[]): PresenterIndex {
  const voiceNames = new Set(voices.map((voice) => plainWords(voice).join(' ')));
  const byFirst: PresenterIndex = new Map();
  const seen = new Set<string>();
  for (const person of everyone) {
    const name = fullName(person);
    const key = name?.join(' ');
    if (!name || !key || seen.has(key) || voiceNames.has(key)) continue;
    seen.add(key);
    let list = byFirst.get(name[0]);
    if (!list) byFirst.set(name[0], (list = []));
    list.push(name);
  }
  return byFirst;
}

/** The presenters' full names said in `block`, as words joined by spaces: one pass over its words. */
export function fullNamesSaid(block: TimedBlock, index: PresenterIndex): Set<string> {
  const said = new Set<string>();
  if (block.sponsor) return said;
  const words = blockWords(block);
  words.forEach((word, at) => {
    for (const name of index.get(word) ?? [])
      if (name.every((part, offset) => words[at + offset] === part)) said.add(name.join(' '));
  });
  return said;
}

/** Whether `block` says the full name of a presenter other than those of `talk`. */
export function namesSomeoneElse(block: TimedBlock, talk: SegmentTalk, index: PresenterIndex): boolean {
  const own = new Set(talk.speakers.map((person) => plainWords(person).join(' ')));
  return [...fullNamesSaid(block, index)].some((name) => !own.has(name));
}

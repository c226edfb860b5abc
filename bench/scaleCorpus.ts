// Scale corpora for the search benchmark. "Repeated" copies the bundled talks fifty times, so the
// vocabulary never grows; "varied" starts from every real document the project has (the bundled
// corpus and the development set) and gives each copy its own words, names and numbers, so the
// vocabulary grows as a real library's does.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocumentBytes } from '../src/main/corpus/parseDocument';
import { buildLibrary } from '../src/main/library/library';
import type { SearchCorpus } from '../src/shared/search/searchCorpus';

export function repeated(corpus: SearchCorpus, times: number): SearchCorpus {
  if (times === 1) return corpus;
  const talks = [];
  for (let copy = 0; copy < times; copy++)
    for (const talk of corpus.talks)
      talks.push({
        ...talk,
        talkId: `${talk.talkId}-r${copy}`,
        blocks: talk.blocks.map((block) => ({ id: `${block.id}-r${copy}`, text: block.text })),
      });
  return { corpusVersion: `${corpus.corpusVersion}-x${times}`, talks };
}

/** A deterministic small hash, so every run builds the same corpus. */
function hash(text: string): number {
  let value = 2166136261;
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 16777619);
  return value >>> 0;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** About a third of each copy's longer words, and its names and numbers, become words of that copy. */
export function vary(text: string, copy: number): string {
  if (copy === 0) return text;
  return text.replace(/\p{L}{5,}|\d+/gu, (word) => {
    const h = hash(`${copy}:${word}`);
    if (/^\d+$/.test(word)) return String((Number(word) + copy) % 10_000);
    if (h % 3 !== 0) return word;
    return `${word}${LETTERS[h % 26]}${LETTERS[(h >>> 5) % 26]}`;
  });
}

export function realDocumentsCorpus(root: string): SearchCorpus {
  const folders = [join(root, 'resources', 'corpus'), join(root, 'test', 'corpus-eval', 'docs')];
  const documents = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => !name.endsWith('.md') || !name.startsWith('SOURCES'))
      .filter((name) => name !== 'SOURCES.md')
      .flatMap((name) => {
        const result = parseDocumentBytes(readFileSync(join(folder, name)));
        return result.ok ? [result.document] : [];
      }),
  );
  return buildLibrary(documents).library.searchCorpus;
}

export function varied(corpus: SearchCorpus, times: number): SearchCorpus {
  const talks = [];
  for (let copy = 0; copy < times; copy++)
    for (const talk of corpus.talks)
      talks.push({
        ...talk,
        talkId: `${talk.talkId}-v${copy}`,
        title: vary(talk.title, copy),
        speakers: talk.speakers.map((speaker) => vary(speaker, copy)),
        summitYear: talk.summitYear === null ? null : 2000 + ((talk.summitYear - 2000 + copy) % 30),
        blocks: talk.blocks.map((block) => ({ id: `${block.id}-v${copy}`, text: vary(block.text, copy) })),
      });
  return { corpusVersion: `${corpus.corpusVersion}-varied-x${times}`, talks };
}

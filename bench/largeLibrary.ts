// A reader's library about fifty times the bundled one, for the start-up benchmark: every real
// document the project has (bundled and development set), copied with each copy's words, names
// and numbers varied (as in the search benchmark's varied corpus), stored as imported documents in
// a profile, exactly where and how the app keeps what a reader imports.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocumentBytes } from '../src/main/corpus/parseDocument';
import { UserDocumentStore } from '../src/main/library/userDocuments';
import type { Block, SourceDocument } from '../src/shared/model';
import { vary } from './scaleCorpus';

const root = join(import.meta.dirname, '..');

function variedBlock(block: Block, copy: number): Block {
  const varied = { ...block, id: `${block.id}-v${copy}`, text: vary(block.text, copy) } as Block;
  if (varied.type === 'list') varied.items = varied.items.map((item) => vary(item, copy));
  return varied;
}

function variedDocument(document: SourceDocument, copy: number): SourceDocument {
  return {
    ...document,
    id: `${document.id}-v${copy}`,
    title: vary(document.title, copy),
    intro: document.intro.map((block) => variedBlock(block, copy)),
    talks: document.talks.map((talk) => ({
      ...talk,
      id: `${talk.id}-v${copy}`,
      title: vary(talk.title, copy),
      speakers: talk.speakers.map((speaker) => vary(speaker, copy)),
      blocks: talk.blocks.map((block) => variedBlock(block, copy)),
    })),
  };
}

/** Writes the copies into the profile's imported documents; returns the number of talks added. */
export async function seedLargeLibrary(userDataDir: string, bundledTalks: number, times = 50): Promise<number> {
  const folders = [join(root, 'resources', 'corpus'), join(root, 'test', 'corpus-eval', 'docs')];
  const originals = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name !== 'SOURCES.md' && !name.endsWith('.json'))
      .flatMap((name) => {
        const bytes = readFileSync(join(folder, name));
        const result = parseDocumentBytes(bytes);
        return result.ok ? [{ name, bytes, document: result.document }] : [];
      }),
  );
  const talksPerCopy = originals.reduce((sum, original) => sum + original.document.talks.length, 0);
  const copies = Math.ceil((bundledTalks * times) / talksPerCopy);
  const store = new UserDocumentStore(join(userDataDir, 'documents'));
  for (let copy = 1; copy <= copies; copy++)
    for (const original of originals)
      await store.add(original.name, original.bytes, variedDocument(original.document, copy));
  return copies * talksPerCopy;
}

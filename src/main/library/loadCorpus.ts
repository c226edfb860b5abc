// Reads every document in a corpus folder and builds the library from them.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceDocument } from '../../shared/model';
import { parseDocumentBytes } from '../corpus/parseDocument';
import { buildLibrary, type Library } from './library';

export interface CorpusLoad {
  library: Library;
  /** Files that could not be read or parsed, each with the reason, so they can be reported. */
  problems: { file: string; error: string }[];
}

/** Files in the corpus folder that describe it rather than being part of it. */
const NOT_CORPUS = new Set(['SOURCES.md', 'README.md']);

export async function loadCorpusDirectory(directory: string): Promise<CorpusLoad> {
  const names = (await readdir(directory)).filter((name) => !name.startsWith('.') && !NOT_CORPUS.has(name)).sort();
  const documents: SourceDocument[] = [];
  const problems: { file: string; error: string }[] = [];
  for (const name of names) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(directory, name));
    } catch (error) {
      problems.push({
        file: name,
        error: `cannot be read (${error instanceof Error ? error.message : String(error)})`,
      });
      continue;
    }
    const result = parseDocumentBytes(bytes);
    if (result.ok) documents.push(result.document);
    else problems.push({ file: name, error: result.error });
  }
  const { library, duplicates } = buildLibrary(documents);
  for (const duplicate of duplicates) problems.push({ file: duplicate.title, error: 'is already in the library' });
  return { library, problems };
}

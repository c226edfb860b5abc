// Reads every document in the bundled corpus folder and starts the library service with them and
// the reader's imported documents.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceDocument } from '../../shared/model';
import { parseDocumentBytes } from '../corpus/parseDocument';
import type { TopicsFile } from '../../shared/topics';
import { LibraryService } from './libraryService';
import type { DocumentParser } from './parseOffThread';
import { UserDocumentStore } from './userDocuments';

export interface CorpusLoad {
  /** The parsed bundled documents and topic definitions, from which the library is built. */
  documents: SourceDocument[];
  topics: TopicsFile | undefined;
  /** Files that could not be read or parsed, each with the reason, so they can be reported. */
  problems: { file: string; error: string }[];
}

/** Files in the corpus folder that describe it rather than being part of it. */
const NOT_CORPUS = new Set(['SOURCES.md', 'README.md']);

/** Reads the topics data file that sits beside the corpus folder; a missing or broken file means no topics. */
async function readTopicsFile(directory: string, problems: CorpusLoad['problems']): Promise<TopicsFile | undefined> {
  const path = join(directory, '..', 'topics.json');
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<TopicsFile>;
    if (!Array.isArray(parsed.topics) || typeof parsed.minimumMentions !== 'number')
      throw new Error('it has no topics list');
    return { minimumMentions: parsed.minimumMentions, topics: parsed.topics };
  } catch (error) {
    problems.push({
      file: 'topics.json',
      error: `could not be used (${error instanceof Error ? error.message : String(error)})`,
    });
    return undefined;
  }
}

/** Parses the bundled corpus and reads the topic definitions, without building a library. */
async function readCorpusDirectory(directory: string): Promise<CorpusLoad> {
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
  const topics = await readTopicsFile(directory, problems);
  return { documents, topics, problems };
}

/** The bundled corpus plus the documents the reader imported into `userDocumentsDirectory`. */
export async function loadLibraryService(
  corpusDirectory: string,
  userDocumentsDirectory: string | null,
  parse?: DocumentParser,
): Promise<{ service: LibraryService; problems: CorpusLoad['problems'] }> {
  const { documents, topics, problems } = await readCorpusDirectory(corpusDirectory);
  const store = userDocumentsDirectory ? new UserDocumentStore(userDocumentsDirectory) : null;
  return { service: await LibraryService.create(documents, topics, store, parse), problems };
}

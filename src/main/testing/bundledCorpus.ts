// Test helper: the bundled corpus files, read and parsed the way the app reads them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../../shared/model';
import { parseDocumentBytes } from '../corpus/parseDocument';

export const CORPUS_DIRECTORY = join(import.meta.dirname, '..', '..', '..', 'resources', 'corpus');

export const BUNDLED = {
  episode2022: '2022-talk-python-375-episode-page.txt',
  posts2023: '2023-psf-blog-language-summit-posts.txt',
  lightning2024: '2024-language-summit-lightning-talks.md',
  lightning2025: '2025-language-summit-lightning-talks.md',
  transcript2025: '2025-talk-python-514-transcript.txt',
} as const;

export function bundledBytes(name: string): Buffer {
  return readFileSync(join(CORPUS_DIRECTORY, name));
}

export function parseBundled(name: string): SourceDocument {
  const result = parseDocumentBytes(bundledBytes(name));
  if (!result.ok) throw new Error(`${name}: ${result.error}`);
  return result.document;
}

export function talkTitled(document: SourceDocument, title: string): SourceDocument['talks'][number] {
  const talk = document.talks.find((candidate) => candidate.title === title);
  if (!talk) throw new Error(`No talk titled "${title}" in ${document.title}`);
  return talk;
}

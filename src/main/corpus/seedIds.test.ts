// Pins the ids of the bundled documents and their talks. Highlights and exported
// summit-reader:// links point at these ids, so a parser change must never move them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocumentBytes } from './parseDocument';
import pinned from './seedIds.json';

const corpus = join(import.meta.dirname, '..', '..', '..', 'resources', 'corpus');

describe('bundled corpus ids', () => {
  for (const [file, documents] of Object.entries(pinned)) {
    it(`${file} keeps its document and talk ids`, () => {
      const result = parseDocumentBytes(readFileSync(join(corpus, file)));
      if (!result.ok) throw new Error(result.error);
      expect([{ id: result.document.id, talks: result.document.talks.map((talk) => talk.id) }]).toEqual(documents);
    });
  }
});

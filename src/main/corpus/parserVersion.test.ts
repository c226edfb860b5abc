// Stored parses of imported documents are reused while PARSER_VERSION is unchanged, so the version
// must change whenever the parsers do. This test pins the parsers' source to the version.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSER_VERSION } from './parseDocument';

/** The parsers' sources: everything in this folder but tests, the command line and the evaluation. */
function parserSourceHash(): string {
  const hash = createHash('sha256');
  const files = readdirSync(import.meta.dirname)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .filter((name) => !['cli.ts', 'cliOutput.ts', 'evaluation.ts', 'parseWorker.ts'].includes(name))
    .sort();
  for (const name of files) hash.update(name).update(readFileSync(join(import.meta.dirname, name)));
  return hash.digest('hex').slice(0, 16);
}

const PINNED = { version: 6, sources: '406b6848845eec56' };

describe('the parser version', () => {
  it('changes with the parsers: after changing them, raise PARSER_VERSION and pin the new hash here', () => {
    expect({ version: PARSER_VERSION, sources: parserSourceHash() }).toEqual(PINNED);
  });
});

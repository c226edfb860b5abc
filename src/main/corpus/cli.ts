// Command-line entry point: prints what the app makes of the given files, as JSON on stdout.

import { readFileSync } from 'node:fs';
import { parseDocumentBytes } from './parseDocument';
import { toCliDocument } from './cliOutput';

function main(paths: string[]): number {
  if (paths.length === 0) {
    process.stderr.write('usage: npm run --silent corpus -- <file>...\n');
    return 2;
  }
  const documents = [];
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
      process.stderr.write(`corpus: cannot read ${path}: ${reason}\n`);
      return 1;
    }
    const result = parseDocumentBytes(bytes);
    if (!result.ok) {
      process.stderr.write(`corpus: cannot parse ${path}: ${result.error}\n`);
      return 1;
    }
    documents.push(toCliDocument(result.document));
  }
  process.stdout.write(`${JSON.stringify(documents, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

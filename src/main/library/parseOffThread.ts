// Parses documents in a worker thread with a time limit. Where the built worker is not there (the
// corpus command and unit tests run from source), documents are parsed in the calling thread.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseDocumentBytes, type ParseResult } from '../corpus/parseDocument';

/** Longest a document may take to read; a real write-up takes well under a second. */
export const PARSE_TIME_LIMIT_MS = 5000;

export type DocumentParser = (bytes: Uint8Array) => Promise<ParseResult>;

export const parseInThisThread: DocumentParser = async (bytes) => parseDocumentBytes(bytes);

/** A parser that runs each document in a fresh worker from `workerFile`, ended after `limitMs`. */
export function workerParser(workerFile: string, limitMs = PARSE_TIME_LIMIT_MS): DocumentParser {
  return (bytes) =>
    new Promise<ParseResult>((resolve) => {
      const worker = new Worker(workerFile);
      const timer = setTimeout(() => {
        void worker.terminate();
        resolve({
          ok: false,
          error: `The file took longer than ${limitMs / 1000} s to read, so it was not imported. Is it a very large or damaged page?`,
        });
      }, limitMs);
      const finish = (result: ParseResult): void => {
        clearTimeout(timer);
        void worker.terminate();
        resolve(result);
      };
      worker.once('message', finish);
      worker.once('error', (error) => finish({ ok: false, error: `The file could not be read: ${error.message}` }));
      worker.postMessage(bytes);
    });
}

/** The worker built beside the main bundle, or parsing in this thread when there is none. */
export function defaultParser(mainDirectory: string): DocumentParser {
  const workerFile = join(mainDirectory, 'parseWorker.js');
  return existsSync(workerFile) ? workerParser(workerFile) : parseInThisThread;
}

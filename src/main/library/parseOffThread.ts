// Parses documents in a worker thread with a time limit and a memory limit, one at a time for the
// whole process (imports, dropped files and restores share one queue), so a hostile file, or many,
// cannot take main's memory. Where the built worker is not there (the corpus command and unit tests
// run from source), documents are parsed in the calling thread.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseDocumentBytes, type ParseResult } from '../corpus/parseDocument';

/** Longest a document may take to read; a real write-up takes well under a second. */
export const PARSE_TIME_LIMIT_MS = 5000;

/** Most memory a parse may use; a real write-up needs a few MB. */
export const PARSE_MEMORY_LIMIT_MB = 512;
/** Worker heap limits, adding up to PARSE_MEMORY_LIMIT_MB. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 448, maxYoungGenerationSizeMb: 48, codeRangeSizeMb: 16 };

export type DocumentParser = (bytes: Uint8Array) => Promise<ParseResult>;

/** Runs jobs one after another, in the order given, whatever each one's outcome. */
export function oneAtATime(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (job) => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** The one queue every worker parse in this process waits in. */
const parseQueue = oneAtATime();

export const parseInThisThread: DocumentParser = async (bytes) => parseDocumentBytes(bytes);

/**
 * A parser that runs each document in a fresh worker from `workerFile`, with at most
 * PARSE_MEMORY_LIMIT_MB of memory, ended after `limitMs`; parses wait their turn in `queue`.
 */
export function workerParser(
  workerFile: string,
  limitMs = PARSE_TIME_LIMIT_MS,
  queue: <T>(job: () => Promise<T>) => Promise<T> = parseQueue,
): DocumentParser {
  return (bytes) => queue(() => parseInWorker(workerFile, limitMs, bytes));
}

function parseInWorker(workerFile: string, limitMs: number, bytes: Uint8Array): Promise<ParseResult> {
  return new Promise<ParseResult>((resolve) => {
    const worker = new Worker(workerFile, { resourceLimits: WORKER_LIMITS });
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
    worker.once('error', (error: Error & { code?: string }) =>
      finish({
        ok: false,
        error:
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `The file needed more than ${PARSE_MEMORY_LIMIT_MB} MB of memory to read, so it was not imported.`
            : `The file could not be read: ${error.message}`,
      }),
    );
    worker.postMessage(bytes);
  });
}

/** The worker built beside the main bundle, or parsing in this thread when there is none. */
export function defaultParser(mainDirectory: string): DocumentParser {
  const workerFile = join(mainDirectory, 'parseWorker.js');
  return existsSync(workerFile) ? workerParser(workerFile) : parseInThisThread;
}

// A worker thread that parses one document, so that a slow or hostile file never holds up the
// main process: main waits for it with a time limit and ends it when the limit passes.

import { parentPort } from 'node:worker_threads';
import { parseDocumentBytes } from './parseDocument';

parentPort?.on('message', (bytes: Uint8Array) => {
  parentPort?.postMessage(parseDocumentBytes(bytes));
});

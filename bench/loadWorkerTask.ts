// Benchmark helper (run by loadWorker.mjs): loads the stored search index off the main thread, as the app's search worker
// does, reading the bytes from disk where the worker reads them from IndexedDB.

import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { PackableMiniSearch, type PackedIndex } from '../src/shared/search/packedIndex';
import { corpusIndexOptions } from '../src/shared/search/searchConfig';

// The app's worker is running long before it loads the index: the load starts when the parent
// says so, once the worker is up and the parent watches its own thread.
parentPort?.once('message', () => {
  const started = performance.now();
  const packed = deserialize(readFileSync(workerData.path)) as PackedIndex;
  const index = PackableMiniSearch.unpack(packed, corpusIndexOptions());
  parentPort?.postMessage({ documentCount: index.documentCount, ms: performance.now() - started });
});
parentPort?.postMessage({ started: true });

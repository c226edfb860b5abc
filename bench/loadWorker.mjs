// Benchmark helper: loads a stored MiniSearch index off the main thread, as the app's search
// worker does, reading it from disk the way the worker reads it from IndexedDB.

import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import MiniSearch from 'minisearch';

const started = performance.now();
const json = readFileSync(workerData.path, 'utf8');
const index = MiniSearch.loadJSON(json, { fields: workerData.fields, storeFields: workerData.storeFields });
parentPort.postMessage({ documentCount: index.documentCount, ms: performance.now() - started });

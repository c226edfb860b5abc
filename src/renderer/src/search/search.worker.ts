// The search worker: loads the stored index or rebuilds it, answers queries, and keeps the notes
// index current, all off the UI thread. It reads and writes the stored index itself, so the index's
// text never passes through the page.

import { chooseIndexSource } from '../../../shared/search/indexStore';
import { INDEX_OPTIONS_HASH } from '../../../shared/search/searchConfig';
import { joinParts, type EncodedSearchCorpus, type SearchCorpus } from '../../../shared/search/searchCorpus';
import { SearchEngine } from '../../../shared/search/searchEngine';
import { readStoredIndex, storeIndex } from '../storage/searchIndex';
import type { WorkerRequest, WorkerResponse } from './protocol';

let engine: SearchEngine | null = null;
let engineCorpusVersion: string | null = null;
const queued: WorkerRequest[] = [];

function reply(message: WorkerResponse): void {
  postMessage(message);
}

/** The corpus from the bytes main sent; joined and parsed here, off the page's main thread. */
function decodeCorpus(encoded: EncodedSearchCorpus): SearchCorpus {
  const corpus = JSON.parse(new TextDecoder().decode(joinParts(encoded.parts))) as SearchCorpus;
  if (corpus?.corpusVersion !== encoded.corpusVersion || !Array.isArray(corpus.talks))
    throw new Error('The search corpus main sent could not be read.');
  return corpus;
}

async function init(encoded: EncodedSearchCorpus, miniSearchVersion: string): Promise<void> {
  const started = performance.now();
  const corpus = decodeCorpus(encoded);
  // A new corpus (after an import) replaces the engine; queries wait for it. Notes carry over.
  const notes = engine?.allNotes() ?? [];
  engine = null;
  const stored = await readStoredIndex();
  const decision = chooseIndexSource(stored, { corpusVersion: corpus.corpusVersion, miniSearchVersion });
  let reason = decision.action === 'rebuild' ? decision.reason : null;
  if (decision.action === 'load' && stored) {
    try {
      engine = SearchEngine.load(corpus, stored.packed);
    } catch (error) {
      // A damaged or incompatible stored index is discarded and rebuilt.
      reason = `the stored index could not be read (${error instanceof Error ? error.message : String(error)})`;
      engine = null;
    }
  }
  const source = engine ? 'loaded' : 'rebuilt';
  if (!engine) {
    engine = SearchEngine.build(corpus);
    await storeIndex({
      corpusVersion: corpus.corpusVersion,
      optionsHash: INDEX_OPTIONS_HASH,
      miniSearchVersion,
      packed: engine.pack(),
      savedAt: Date.now(),
    });
  }
  engine.upsertNotes(notes);
  reply({ type: 'ready', source, reason, documentCount: engine.documentCount, ms: performance.now() - started });
  for (const request of queued.splice(0)) handle(request);
}

function handle(request: WorkerRequest): void {
  if (request.type === 'init') {
    // The same corpus again (a second start-up message) changes nothing.
    if (request.corpus.corpusVersion === engineCorpusVersion) return;
    engineCorpusVersion = request.corpus.corpusVersion;
    void init(request.corpus, request.miniSearchVersion).catch((error: unknown) =>
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return;
  }
  if (!engine) {
    queued.push(request);
    return;
  }
  try {
    switch (request.type) {
      case 'search':
        reply({ type: 'search', id: request.id, value: engine.search(request.query) });
        break;
      case 'suggest':
        reply({ type: 'suggest', id: request.id, value: engine.suggest(request.query) });
        break;
      case 'similar':
        reply({ type: 'similar', id: request.id, value: engine.similar(request.talkId) });
        break;
      case 'notes':
        engine.removeNotes(request.removals);
        engine.upsertNotes(request.upserts);
        break;
    }
  } catch (error) {
    if ('id' in request)
      reply({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => handle(event.data));

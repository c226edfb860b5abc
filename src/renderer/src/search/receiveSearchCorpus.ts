// Receives the search corpus from main part by part, for the search worker. Each part is a small
// copy on the page's main thread; the whole corpus at once would hold it for longer than a frame
// with a large library. The page keeps the parts unread and moves them to the worker.

import { fail, ok, type IpcResult } from '../../../shared/ipc/result';
import type { EncodedSearchCorpus, SearchCorpusPart } from '../../../shared/search/searchCorpus';

/** Parts asked for at once: enough to hide the round trips, few enough to stay small tasks. */
const PARTS_IN_FLIGHT = 4;
/** An import that lands while the parts arrive changes the corpus; the parts are asked for again. */
const ATTEMPTS = 3;

export type RequestCorpusPart = (part: number) => Promise<IpcResult<SearchCorpusPart>>;

async function receiveOnce(request: RequestCorpusPart): Promise<IpcResult<EncodedSearchCorpus> | 'changed'> {
  const first = await request(0);
  if (!first.ok) return first;
  const { corpusVersion, parts: count } = first.value;
  const parts: Uint8Array[] = [first.value.bytes];
  for (let next = 1; next < count; next += PARTS_IN_FLIGHT) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(PARTS_IN_FLIGHT, count - next) }, (_, offset) => request(next + offset)),
    );
    for (const result of batch) {
      // A part past the end means the corpus shrank after part 0 was sent.
      if (!result.ok) return result.error.code === 'not-found' ? 'changed' : result;
      if (result.value.corpusVersion !== corpusVersion || result.value.parts !== count) return 'changed';
      parts.push(result.value.bytes);
    }
  }
  return ok({ corpusVersion, parts });
}

/** The whole corpus, all of its parts from one corpus version, or why it could not be had. */
export async function receiveSearchCorpus(request: RequestCorpusPart): Promise<IpcResult<EncodedSearchCorpus>> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const received = await receiveOnce(request);
    if (received !== 'changed') return received;
  }
  return fail(
    'unavailable',
    'The library kept changing while search was loading it; search will load after the next change.',
  );
}

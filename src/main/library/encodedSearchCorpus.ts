// The search corpus as the page receives it: UTF-8 JSON bytes, made once per corpus version. Bytes
// cross IPC as one copy and are handed on to the search worker without another; the objects they
// describe would be rebuilt on the page's main thread and copied again to reach the worker.

import type { EncodedSearchCorpus, SearchCorpus } from '../../shared/search/searchCorpus';

const encoded = new WeakMap<SearchCorpus, EncodedSearchCorpus>();

export function encodeSearchCorpus(corpus: SearchCorpus): EncodedSearchCorpus {
  let value = encoded.get(corpus);
  if (!value) {
    value = { corpusVersion: corpus.corpusVersion, json: new TextEncoder().encode(JSON.stringify(corpus)) };
    encoded.set(corpus, value);
  }
  return value;
}

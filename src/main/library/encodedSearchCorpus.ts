// The search corpus as the page receives it: UTF-8 JSON bytes in parts, made once per corpus
// version. Bytes cross IPC as one copy and are handed on to the search worker without another; the
// objects they describe would be rebuilt on the page's main thread and copied again to reach the
// worker. Each part has its own buffer: a view into one large buffer would carry all of it across.

import { SEARCH_CORPUS_PART_BYTES, type SearchCorpus, type SearchCorpusPart } from '../../shared/search/searchCorpus';

const encoded = new WeakMap<SearchCorpus, Uint8Array[]>();

function encodedParts(corpus: SearchCorpus): Uint8Array[] {
  let parts = encoded.get(corpus);
  if (!parts) {
    const json = new TextEncoder().encode(JSON.stringify(corpus));
    parts = [];
    for (let start = 0; start < json.length || parts.length === 0; start += SEARCH_CORPUS_PART_BYTES)
      parts.push(json.slice(start, start + SEARCH_CORPUS_PART_BYTES));
    encoded.set(corpus, parts);
  }
  return parts;
}

/** One part of the corpus's JSON, or null when the corpus has fewer parts. */
export function searchCorpusPart(corpus: SearchCorpus, part: number): SearchCorpusPart | null {
  const parts = encodedParts(corpus);
  const bytes = parts[part];
  return bytes ? { corpusVersion: corpus.corpusVersion, part, parts: parts.length, bytes } : null;
}

// Messages between the renderer and the search worker.

import type { EncodedSearchCorpus, SearchNote } from '../../../shared/search/searchCorpus';
import type { SearchResults } from '../../../shared/search/searchEngine';
import type { SimilarTalk } from '../../../shared/search/similarTalks';

export type IndexSource = 'loaded' | 'rebuilt';

export type { SimilarTalk } from '../../../shared/search/similarTalks';

export type WorkerRequest =
  | { type: 'init'; corpus: EncodedSearchCorpus; miniSearchVersion: string }
  | { type: 'search'; id: number; query: string }
  | { type: 'suggest'; id: number; query: string }
  | { type: 'similar'; id: number; talkId: string }
  | { type: 'notes'; upserts: SearchNote[]; removals: string[] };

export type WorkerResponse =
  | { type: 'ready'; source: IndexSource; reason: string | null; documentCount: number; ms: number }
  | { type: 'failed'; message: string }
  | { type: 'search'; id: number; value: SearchResults }
  | { type: 'suggest'; id: number; value: string[] }
  | { type: 'similar'; id: number; value: SimilarTalk[] }
  | { type: 'error'; id: number; message: string };

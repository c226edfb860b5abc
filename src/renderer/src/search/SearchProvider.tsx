// Runs the search worker for the whole app: starts it with the corpus, feeds it note changes as
// they happen, and lets components query it.

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SearchResults } from '../../../shared/search/searchEngine';
import { callMain } from '../ipc/client';
import { afterNextPaint } from '../ui/afterNextPaint';
import { useLiveAnnotations } from '../storage/liveAnnotations';
import { diffNotes, toSearchNotes } from './notesForSearch';
import { receiveSearchCorpus } from './receiveSearchCorpus';
import type { IndexSource, SimilarTalk, WorkerRequest, WorkerResponse } from './protocol';

export type SearchStatus =
  | { state: 'building' }
  | { state: 'ready'; source: IndexSource; reason: string | null; documentCount: number; ms: number }
  | { state: 'failed'; message: string };

export interface SearchService {
  status: SearchStatus;
  search(query: string): Promise<SearchResults>;
  suggest(query: string): Promise<string[]>;
  similar(talkId: string): Promise<SimilarTalk[]>;
}

const SearchContext = createContext<SearchService | null>(null);

export function useSearch(): SearchService {
  const service = useContext(SearchContext);
  if (!service) throw new Error('useSearch needs a SearchProvider.');
  return service;
}

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };
type Query = Extract<WorkerRequest, { id: number }>;
type QueryWithoutId = Query extends infer Q ? (Q extends { id: number } ? Omit<Q, 'id'> : never) : never;

function useSearchWorker(corpusVersion: string | null): {
  workerRef: React.RefObject<Worker | null>;
  status: SearchStatus;
  request: <T>(message: QueryWithoutId) => Promise<T>;
} {
  const [status, setStatus] = useState<SearchStatus>({ state: 'building' });
  const workerRef = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);

  useEffect(() => {
    const created = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'ready') {
        setStatus({
          state: 'ready',
          source: message.source,
          reason: message.reason,
          documentCount: message.documentCount,
          ms: message.ms,
        });
        // Lets tests and diagnostics see whether the stored index was used; the mark is for a trace.
        document.documentElement.dataset.searchIndex = message.source;
        performance.mark('summit-search-ready');
      } else if (message.type === 'failed') setStatus({ state: 'failed', message: message.message });
      else {
        const waiting = pending.current.get(message.id);
        pending.current.delete(message.id);
        if (message.type === 'error') waiting?.reject(new Error(message.message));
        else waiting?.resolve(message.value as never);
      }
    });
    // The corpus is sent by the effect below, once main says which version it serves.
    workerRef.current = created;
    return () => {
      created.terminate();
      workerRef.current = null;
    };
  }, []);

  // (Re)starts the index for the corpus main serves now: at start-up and after every import.
  useEffect(() => {
    const worker = workerRef.current;
    if (!worker || corpusVersion === null) return;
    let cancelled = false;
    const receive = (): void => {
      performance.mark('summit-search-start');
      void receiveSearchCorpus((part) => callMain('getSearchCorpusPart', part)).then((result) => {
        if (cancelled) return;
        // The bytes are moved to the worker, not copied, and only the worker parses them.
        if (result.ok)
          worker.postMessage(
            { type: 'init', corpus: result.value, miniSearchVersion: __MINISEARCH_VERSION__ } satisfies WorkerRequest,
            result.value.parts.map((part) => part.buffer),
          );
        else setStatus({ state: 'failed', message: result.error.message });
      });
    };
    // The version arrives with the library: the library it came with paints first, and only then
    // do the corpus's parts and the worker's loading start to compete with the page for the cores.
    const cancelReceive = afterNextPaint(receive);
    return () => {
      cancelled = true;
      cancelReceive();
    };
  }, [corpusVersion]);

  const request = useCallback(
    <T,>(message: QueryWithoutId): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        const worker = workerRef.current;
        if (!worker) return reject(new Error('The search worker is not running.'));
        const id = nextId.current++;
        pending.current.set(id, { resolve: resolve as (value: never) => void, reject });
        worker.postMessage({ ...message, id } as Query);
      }),
    [],
  );
  return { workerRef, status, request };
}

/** Sends each change to highlights and notes to the worker as it happens; nothing is rebuilt. */
function useNotesSync(workerRef: React.RefObject<Worker | null>): void {
  const annotations = useLiveAnnotations();
  const sent = useRef(new Map<string, number>());
  useEffect(() => {
    const worker = workerRef.current;
    if (!worker || !annotations) return;
    const notes = toSearchNotes([...annotations.highlights.values()], [...annotations.talkNotes.values()]);
    const { upserts, removals } = diffNotes(sent.current, notes);
    if (upserts.length === 0 && removals.length === 0) return;
    worker.postMessage({ type: 'notes', upserts, removals } satisfies WorkerRequest);
    sent.current = new Map(notes.map((note) => [note.id, note.updatedAt]));
  }, [workerRef, annotations]);
}

export function SearchProvider({
  children,
  corpusVersion,
}: {
  children: ReactNode;
  corpusVersion: string | null;
}): React.JSX.Element {
  const { workerRef, status, request } = useSearchWorker(corpusVersion);
  useNotesSync(workerRef);
  const service = useMemo<SearchService>(
    () => ({
      status,
      search: (query) => request({ type: 'search', query }),
      suggest: (query) => request({ type: 'suggest', query }),
      similar: (talkId) => request({ type: 'similar', talkId }),
    }),
    [status, request],
  );
  return <SearchContext.Provider value={service}>{children}</SearchContext.Provider>;
}

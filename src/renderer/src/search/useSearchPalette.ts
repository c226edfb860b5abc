// The search palette's state and effects: the query, debounced results and suggestions, the
// active result, focus kept while it is open and given back when it closes, and its keys.

import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { SearchResults } from '../../../shared/search/searchEngine';
import { useSearch } from './SearchProvider';
import { flattenResults, type OpenTarget } from './SearchResultList';

const DEBOUNCE_MS = 60;

function useResults(query: string): { results: SearchResults | null; suggestions: string[]; error: string | null } {
  const search = useSearch();
  const [state, setState] = useState<{
    query: string;
    results: SearchResults | null;
    suggestions: string[];
    error: string | null;
  }>({
    query: '',
    results: null,
    suggestions: [],
    error: null,
  });
  useEffect(() => {
    let cancelled = false;
    const timer = window.setTimeout(() => {
      Promise.all([search.search(query), search.suggest(query)])
        .then(([results, suggestions]) => !cancelled && setState({ query, results, suggestions, error: null }))
        .catch(
          (error: unknown) => !cancelled && setState({ query, results: null, suggestions: [], error: String(error) }),
        );
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [query, search]);
  return state;
}

type Option = ReturnType<typeof flattenResults>[number];

export interface SearchPaletteState {
  status: ReturnType<typeof useSearch>['status'];
  query: string;
  changeQuery: (query: string) => void;
  setQuery: (query: string) => void;
  setActiveIndex: (index: number) => void;
  results: SearchResults | null;
  suggestions: string[];
  error: string | null;
  options: Option[];
  listId: string;
  inputRef: RefObject<HTMLInputElement | null>;
  active: Option | undefined;
  addFilter: (filter: string) => void;
  onKeyDown: (event: React.KeyboardEvent) => void;
  resultCount: number;
}

export function useSearchPalette(onClose: () => void, onOpen: (target: OpenTarget) => void): SearchPaletteState {
  const { status } = useSearch();
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const { results, suggestions, error } = useResults(query);
  const options = useMemo(() => flattenResults(results), [results]);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const active = options[Math.min(activeIndex, options.length - 1)];

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    inputRef.current?.focus();
    return () => previous?.focus?.();
  }, []);

  const addFilter = (filter: string): void => {
    setQuery((current) => `${current.trim()} ${filter} `.trimStart());
    setActiveIndex(0);
    inputRef.current?.focus();
  };

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActiveIndex((index) => Math.min(index + 1, Math.max(0, options.length - 1)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveIndex((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      onOpen(active.target);
    } else if (event.key === 'Tab' && suggestions[0] && event.target === inputRef.current && !event.shiftKey) {
      event.preventDefault();
      setQuery(`${suggestions[0]} `);
    }
  };

  const changeQuery = (next: string): void => {
    setQuery(next);
    setActiveIndex(0);
  };
  return {
    status,
    query,
    changeQuery,
    setQuery,
    setActiveIndex,
    results,
    suggestions,
    error,
    options,
    listId,
    inputRef,
    active,
    addFilter,
    onKeyDown,
    resultCount: results?.groups.length ?? 0,
  };
}

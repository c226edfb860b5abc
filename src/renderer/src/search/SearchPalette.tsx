// The search palette (Ctrl/Cmd+K): type to search talks, passages and your notes at once.

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { SearchResults } from '../../../shared/search/searchEngine';
import { useSearch } from './SearchProvider';
import { SearchResultList, flattenResults, type OpenTarget } from './SearchResultList';

interface SearchPaletteProps {
  onClose: () => void;
  onOpen: (target: OpenTarget) => void;
}

const QUICK_FILTERS = ['in:notes', 'source:transcript', 'year:2022', 'year:2023', 'year:2024', 'year:2025'];
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

export function SearchPalette({ onClose, onOpen }: SearchPaletteProps): React.JSX.Element {
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

  const resultCount = results?.groups.length ?? 0;
  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-label="Search"
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <input
          ref={inputRef}
          className="palette-input"
          role="combobox"
          aria-label="Search talks and notes"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-activedescendant={active ? `${listId}-${active.key}` : undefined}
          aria-autocomplete="list"
          placeholder='Search talks, passages and notes — try year:2024, pep:703 or "free threading"'
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveIndex(0);
          }}
        />
        <div className="palette-chips" role="group" aria-label="Filters">
          {results?.chips.map((chip) => (
            <span key={`${chip.key}:${chip.value}`} className="chip active-chip">
              {chip.key}: {chip.value}
            </span>
          ))}
          {QUICK_FILTERS.filter((filter) => !query.includes(filter)).map((filter) => (
            <button key={filter} type="button" className="chip" onClick={() => addFilter(filter)}>
              + {filter}
            </button>
          ))}
        </div>
        {suggestions.length > 0 && (
          <p className="palette-suggestions">
            <span className="muted">Tab completes: </span>
            {suggestions.map((suggestion) => (
              <button key={suggestion} type="button" className="link-button" onClick={() => setQuery(`${suggestion} `)}>
                {suggestion}
              </button>
            ))}
          </p>
        )}
        <p className="visually-hidden" role="status" aria-live="polite">
          {query.trim() ? `${resultCount} talk${resultCount === 1 ? '' : 's'} found` : ''}
        </p>
        {status.state === 'building' && (
          <p className="status">Building the search index… results appear as soon as it is ready.</p>
        )}
        {status.state === 'failed' && <p className="status error">Search is unavailable: {status.message}</p>}
        {error && <p className="status error">{error}</p>}
        <SearchResultList
          listId={listId}
          results={results}
          options={options}
          activeKey={active?.key ?? null}
          onOpen={onOpen}
          onHover={setActiveIndex}
        />
        {query.trim() !== '' && results && resultCount === 0 && (
          <p className="muted">Nothing matches. Check the spelling, or remove a filter.</p>
        )}
        <p className="palette-footer muted" data-index-source={status.state === 'ready' ? status.source : 'building'}>
          ↑↓ to move · Enter to open · Esc to close
          {status.state === 'ready' &&
            ` · index ${status.source === 'loaded' ? 'loaded from storage' : `rebuilt (${status.reason})`} in ${Math.round(status.ms)} ms`}
        </p>
      </div>
    </div>
  );
}

// The search palette (Ctrl/Cmd+K): type to search talks, passages and your notes at once. Its state
// and effects live in useSearchPalette.

import { SearchResultList, type OpenTarget } from './SearchResultList';
import { useSearchPalette } from './useSearchPalette';

interface SearchPaletteProps {
  onClose: () => void;
  onOpen: (target: OpenTarget) => void;
}

const QUICK_FILTERS = ['in:notes', 'source:transcript', 'year:2022', 'year:2023', 'year:2024', 'year:2025'];

export function SearchPalette({ onClose, onOpen }: SearchPaletteProps): React.JSX.Element {
  const palette = useSearchPalette(onClose, onOpen);
  const { status, query, changeQuery, setQuery, setActiveIndex, results, suggestions, error } = palette;
  const { options, listId, inputRef, active, addFilter, onKeyDown, resultCount } = palette;
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
          onChange={(event) => changeQuery(event.target.value)}
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

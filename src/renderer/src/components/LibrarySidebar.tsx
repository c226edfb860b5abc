// The library: summits by year, each with its sources and their talks.

import type { LibraryIndex, SourceSummary } from '../../../shared/model';
import type { Selection } from '../App';
import type { QueryState } from '../hooks/useMainQuery';
import { sourceKindLabel } from './labels';

interface LibrarySidebarProps {
  state: QueryState<LibraryIndex>;
  selection: Selection;
  onSelect: (selection: Selection) => void;
}

function SourceEntry({
  source,
  selection,
  onSelect,
}: { source: SourceSummary } & Omit<LibrarySidebarProps, 'state'>): React.JSX.Element {
  const sourceSelected = selection?.kind === 'source' && selection.id === source.id;
  return (
    <li className="library-source">
      <button
        type="button"
        className="library-source-title"
        aria-current={sourceSelected ? 'page' : undefined}
        onClick={() => onSelect({ kind: 'source', id: source.id })}
      >
        <span className="source-kind">{sourceKindLabel(source.kind)}</span> {source.title}
      </button>
      <ul className="library-talks">
        {source.talks.map((talk) => {
          const selected = selection?.kind === 'talk' && selection.id === talk.id;
          return (
            <li key={talk.id}>
              <button
                type="button"
                className="library-talk"
                data-talk-id={talk.id}
                aria-current={selected ? 'page' : undefined}
                onClick={() => onSelect({ kind: 'talk', id: talk.id })}
              >
                <span className="talk-title">{talk.title}</span>
                {talk.speakers.length > 0 && <span className="talk-speakers">{talk.speakers.join(', ')}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

export function LibrarySidebar({ state, selection, onSelect }: LibrarySidebarProps): React.JSX.Element {
  return (
    <nav className="library" aria-label="Library">
      <h2 className="library-heading">Library</h2>
      {state.status === 'loading' && <p className="status">Loading the library…</p>}
      {state.status === 'error' && (
        <p className="status error" role="alert">
          The library could not be loaded: {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <ul className="library-summits">
          {state.value.summits.map((summit) => (
            <li key={summit.year} className="library-summit" data-summit-year={summit.year}>
              <h3 className="summit-year">Language Summit {summit.year}</h3>
              <ul className="library-sources">
                {summit.sources.map((source) => (
                  <SourceEntry key={source.id} source={source} selection={selection} onSelect={onSelect} />
                ))}
              </ul>
            </li>
          ))}
          {state.value.other.length > 0 && (
            <li className="library-summit">
              <h3 className="summit-year">Other</h3>
              <ul className="library-sources">
                {state.value.other.map((source) => (
                  <SourceEntry key={source.id} source={source} selection={selection} onSelect={onSelect} />
                ))}
              </ul>
            </li>
          )}
        </ul>
      )}
    </nav>
  );
}

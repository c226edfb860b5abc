// The library: summits by year, each with its sources and talks, with reading progress, sorting
// and filters, and the way to the notebook, people and topics.

import { useEffect, useMemo, useState } from 'react';
import type { LibraryIndex } from '../../../shared/model';
import type { View } from '../navigation/view';
import type { QueryState } from '../ipc/useMainQuery';
import { LibraryControls } from './LibraryControls';
import { SourceEntry, TalkList } from './LibraryEntries';
import { DEFAULT_LIBRARY_OPTIONS, firstTalks, librarySections, talkCount, type LibraryOptions } from './libraryView';
import { useTalkActivity } from '../storage/talkActivity';
import { useProgressiveCount } from '../ui/useProgressiveCount';

/** Talks in the first render: more than a tall window shows. */
const FIRST_TALKS = 24;
/** Talks added per painted frame after that. */
const TALKS_PER_STEP = 36;

interface LibrarySidebarProps {
  state: QueryState<LibraryIndex>;
  view: View;
  onSelect: (view: View) => void;
  onOpenSettings?: () => void;
  onOpenExportAndBackUp?: () => void;
  onImport?: () => void;
  /** A line the shell shows at the foot of the library, such as the sync status. */
  footer?: React.ReactNode;
}

const VIEW_BUTTONS = [
  ['notebook', 'Notebook'],
  ['people', 'People'],
  ['topics', 'Topics'],
  ['peps', 'PEPs'],
] as const;

export function LibrarySidebar(props: LibrarySidebarProps): React.JSX.Element {
  const { state, view, onSelect, onOpenSettings, onOpenExportAndBackUp, onImport, footer } = props;
  const activity = useTalkActivity();
  const [options, setOptions] = useState<LibraryOptions>(DEFAULT_LIBRARY_OPTIONS);
  const library = state.status === 'ready' ? state.value : null;
  const sections = useMemo(
    () => (library ? librarySections(library, options, activity) : []),
    [library, options, activity],
  );
  // A library of thousands of talks is added a slice per task (the first slice fills the window).
  const total = useMemo(() => talkCount(sections), [sections]);
  const shownCount = useProgressiveCount(total, options, FIRST_TALKS, TALKS_PER_STEP);
  const shown = useMemo(() => firstTalks(sections, shownCount), [sections, shownCount]);
  useEffect(() => {
    // Lets tests see that the library's talks are shown, and marks the moment for a trace.
    const root = document.documentElement;
    if (!library || root.dataset.libraryShown) return;
    root.dataset.libraryShown = 'true';
    performance.mark('summit-library-shown');
  }, [library]);
  return (
    <nav className="library" aria-label="Library">
      <div className="library-top">
        <h2 className="library-heading">Library</h2>
        <div className="library-views">
          {VIEW_BUTTONS.map(([kind, label]) => (
            <button
              key={kind}
              type="button"
              className="notebook-button"
              aria-current={view?.kind === kind ? 'page' : undefined}
              onClick={() => onSelect({ kind })}
            >
              {label}
            </button>
          ))}
          {onImport && (
            <button type="button" className="notebook-button" onClick={onImport}>
              Import
            </button>
          )}
          {onOpenExportAndBackUp && (
            <button type="button" className="notebook-button" onClick={onOpenExportAndBackUp}>
              Export
            </button>
          )}
          {onOpenSettings && (
            <button
              type="button"
              className="notebook-button"
              aria-label="Reading settings"
              title="Reading settings"
              onClick={onOpenSettings}
            >
              Aa
            </button>
          )}
        </div>
      </div>
      {state.status === 'loading' && <p className="status">Loading the library…</p>}
      {state.status === 'error' && (
        <p className="status error" role="alert">
          The library could not be loaded: {state.message}
        </p>
      )}
      {library && <LibraryControls options={options} speakers={library.speakers} onChange={setOptions} />}
      {library && sections.length === 0 && <p className="muted">No talks match these filters.</p>}
      <ul className="library-summits">
        {shown.map((section) => (
          <li key={section.key} className="library-summit" data-summit-year={section.summitYear ?? section.key}>
            <h3 className="summit-year">{section.heading}</h3>
            {section.key === 'recent' ? (
              <TalkList
                talks={section.sources.flatMap(({ talks }) => talks)}
                activity={activity}
                view={view}
                onSelect={onSelect}
              />
            ) : (
              <ul className="library-sources">
                {section.sources.map(({ source, talks }) => (
                  <SourceEntry
                    key={source.id}
                    source={source}
                    talks={talks}
                    activity={activity}
                    view={view}
                    onSelect={onSelect}
                  />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {footer}
    </nav>
  );
}

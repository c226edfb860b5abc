// The library: summits by year, each with its sources and talks, with reading progress, sorting
// and filters, and the way to the notebook, people and topics.

import { useMemo, useState } from 'react';
import type { LibraryIndex, SourceSummary, TalkSummary } from '../../../shared/model';
import type { View } from '../navigation/view';
import type { QueryState } from '../ipc/useMainQuery';
import { LibraryControls } from './LibraryControls';
import { allSpeakers, DEFAULT_LIBRARY_OPTIONS, librarySections, type LibraryOptions } from './libraryView';
import { sourceKindLabel } from '../ui/labels';
import { useTalkActivity, type TalkActivity } from '../storage/talkActivity';

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

function activityLabel(activity: TalkActivity | undefined): string {
  if (!activity) return '';
  const parts: string[] = [];
  if (activity.read) parts.push('read');
  else if (activity.progress > 0) parts.push(`${Math.round(activity.progress * 100)}% read`);
  if (activity.highlights > 0) parts.push(`${activity.highlights} highlight${activity.highlights === 1 ? '' : 's'}`);
  if (activity.notes > 0) parts.push(`${activity.notes} note${activity.notes === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

function TalkEntry({
  talk,
  activity,
  view,
  onSelect,
}: {
  talk: TalkSummary;
  activity?: TalkActivity;
  view: View;
  onSelect: LibrarySidebarProps['onSelect'];
}): React.JSX.Element {
  const label = activityLabel(activity);
  // A programme entry opens the talk that holds it, when the library has one.
  const opens = talk.programme?.heldBy ?? talk.id;
  return (
    <li>
      <button
        type="button"
        className={talk.programme ? 'library-talk programme-entry' : 'library-talk'}
        data-talk-id={talk.id}
        aria-current={view?.kind === 'talk' && view.id === talk.id ? 'page' : undefined}
        onClick={() => onSelect({ kind: 'talk', id: opens, highlightId: null })}
      >
        <span className="talk-title">{talk.title}</span>
        {talk.speakers.length > 0 && <span className="talk-speakers">{talk.speakers.join(', ')}</span>}
        {talk.programme && (
          <span className="programme-status">
            {talk.programme.heldBy ? 'Programme · in the library' : 'Programme · not in the library'}
          </span>
        )}
        {label && <span className="talk-activity">{label}</span>}
        {activity && activity.progress > 0 && (
          <span className="progress" aria-hidden="true">
            <span style={{ width: `${Math.round(activity.progress * 100)}%` }} />
          </span>
        )}
      </button>
    </li>
  );
}

function SourceEntry(props: {
  source: SourceSummary;
  talks: TalkSummary[];
  activity: Map<string, TalkActivity>;
  view: View;
  onSelect: LibrarySidebarProps['onSelect'];
}): React.JSX.Element {
  const { source, talks, activity, view, onSelect } = props;
  return (
    <li className="library-source">
      <button
        type="button"
        className="library-source-title"
        aria-current={view?.kind === 'source' && view.id === source.id ? 'page' : undefined}
        onClick={() => onSelect({ kind: 'source', id: source.id })}
      >
        <span className="source-kind">{sourceKindLabel(source.kind)}</span> {source.title}
        {source.imported && <span className="imported-badge"> · Imported</span>}
      </button>
      <ul className="library-talks">
        {talks.map((talk) => (
          <TalkEntry key={talk.id} talk={talk} activity={activity.get(talk.id)} view={view} onSelect={onSelect} />
        ))}
      </ul>
    </li>
  );
}

const VIEW_BUTTONS = [
  ['notebook', 'Notebook'],
  ['people', 'People'],
  ['topics', 'Topics'],
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
  const speakers = useMemo(() => (library ? allSpeakers(library) : []), [library]);
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
      {library && <LibraryControls options={options} speakers={speakers} onChange={setOptions} />}
      {library && sections.length === 0 && <p className="muted">No talks match these filters.</p>}
      <ul className="library-summits">
        {sections.map((section) => (
          <li key={section.key} className="library-summit" data-summit-year={section.summitYear ?? section.key}>
            <h3 className="summit-year">{section.heading}</h3>
            {section.key === 'recent' ? (
              <ul className="library-talks">
                {section.sources.flatMap(({ talks }) =>
                  talks.map((talk) => (
                    <TalkEntry
                      key={talk.id}
                      talk={talk}
                      activity={activity.get(talk.id)}
                      view={view}
                      onSelect={onSelect}
                    />
                  )),
                )}
              </ul>
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

// The library: summits by year, each with its sources and their talks, with reading progress.

import type { LibraryIndex, SourceSummary } from '../../../shared/model';
import type { View } from '../App';
import type { QueryState } from '../hooks/useMainQuery';
import { sourceKindLabel } from './labels';
import { useTalkActivity, type TalkActivity } from './useTalkActivity';

interface LibrarySidebarProps {
  state: QueryState<LibraryIndex>;
  view: View;
  onSelect: (view: View) => void;
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

function SourceEntry({
  source,
  view,
  onSelect,
  activity,
}: { source: SourceSummary; activity: Map<string, TalkActivity> } & Omit<
  LibrarySidebarProps,
  'state'
>): React.JSX.Element {
  return (
    <li className="library-source">
      <button
        type="button"
        className="library-source-title"
        aria-current={view?.kind === 'source' && view.id === source.id ? 'page' : undefined}
        onClick={() => onSelect({ kind: 'source', id: source.id })}
      >
        <span className="source-kind">{sourceKindLabel(source.kind)}</span> {source.title}
      </button>
      <ul className="library-talks">
        {source.talks.map((talk) => {
          const talkActivity = activity.get(talk.id);
          const label = activityLabel(talkActivity);
          return (
            <li key={talk.id}>
              <button
                type="button"
                className="library-talk"
                data-talk-id={talk.id}
                aria-current={view?.kind === 'talk' && view.id === talk.id ? 'page' : undefined}
                onClick={() => onSelect({ kind: 'talk', id: talk.id, highlightId: null })}
              >
                <span className="talk-title">{talk.title}</span>
                {talk.speakers.length > 0 && <span className="talk-speakers">{talk.speakers.join(', ')}</span>}
                {label && <span className="talk-activity">{label}</span>}
                {talkActivity && talkActivity.progress > 0 && (
                  <span className="progress" aria-hidden="true">
                    <span style={{ width: `${Math.round(talkActivity.progress * 100)}%` }} />
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

export function LibrarySidebar({ state, view, onSelect }: LibrarySidebarProps): React.JSX.Element {
  const activity = useTalkActivity();
  return (
    <nav className="library" aria-label="Library">
      <div className="library-top">
        <h2 className="library-heading">Library</h2>
        <button
          type="button"
          className="notebook-button"
          aria-current={view?.kind === 'notebook' ? 'page' : undefined}
          onClick={() => onSelect({ kind: 'notebook' })}
        >
          Notebook
        </button>
      </div>
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
                  <SourceEntry key={source.id} source={source} view={view} onSelect={onSelect} activity={activity} />
                ))}
              </ul>
            </li>
          ))}
          {state.value.other.length > 0 && (
            <li className="library-summit">
              <h3 className="summit-year">Other</h3>
              <ul className="library-sources">
                {state.value.other.map((source) => (
                  <SourceEntry key={source.id} source={source} view={view} onSelect={onSelect} activity={activity} />
                ))}
              </ul>
            </li>
          )}
        </ul>
      )}
    </nav>
  );
}

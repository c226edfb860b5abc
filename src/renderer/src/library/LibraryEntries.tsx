// The library's entries: a source with its talks, and a talk with its reading progress.

import { memo } from 'react';
import type { SourceSummary, TalkSummary } from '../../../shared/model';
import type { View } from '../navigation/view';
import type { TalkActivity } from '../storage/talkActivity';
import { sourceKindLabel } from '../ui/labels';

function isCurrentTalk(view: View, talkId: string): boolean {
  return view?.kind === 'talk' && view.id === talkId;
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

/** One talk; unchanged talks are not rendered again when another becomes current. */
export const TalkEntry = memo(function TalkEntry({
  talk,
  activity,
  current,
  onSelect,
}: {
  talk: TalkSummary;
  activity?: TalkActivity;
  current: boolean;
  onSelect: (view: View) => void;
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
        aria-current={current ? 'page' : undefined}
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
});

/** A list of talks, each marked when it is the one open. */
export function TalkList(props: {
  talks: TalkSummary[];
  activity: Map<string, TalkActivity>;
  view: View;
  onSelect: (view: View) => void;
}): React.JSX.Element {
  const { talks, activity, view, onSelect } = props;
  return (
    <ul className="library-talks">
      {talks.map((talk) => (
        <TalkEntry
          key={talk.id}
          talk={talk}
          activity={activity.get(talk.id)}
          current={isCurrentTalk(view, talk.id)}
          onSelect={onSelect}
        />
      ))}
    </ul>
  );
}

export function SourceEntry(props: {
  source: SourceSummary;
  talks: TalkSummary[];
  activity: Map<string, TalkActivity>;
  view: View;
  onSelect: (view: View) => void;
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
      <TalkList talks={talks} activity={activity} view={view} onSelect={onSelect} />
    </li>
  );
}

// The open talk: its title as the page's heading, who gave it, where it comes from, and its text.

import { useMainQuery } from '../hooks/useMainQuery';
import { BlockList } from './BlockView';
import { formatDate, sourceKindLabel } from './labels';

interface TalkViewProps {
  talkId: string;
  onOpenSource: (sourceId: string) => void;
}

export function TalkView({ talkId, onOpenSource }: TalkViewProps): React.JSX.Element {
  const state = useMainQuery('getTalk', talkId);
  if (state.status === 'loading') return <p className="status">Opening the talk…</p>;
  if (state.status === 'error') {
    return (
      <p className="status error" role="alert">
        This talk could not be opened: {state.message}
      </p>
    );
  }
  const { talk, source, summitYear } = state.value;
  return (
    <article className="talk" aria-labelledby="talk-title" data-talk-id={talk.id}>
      <header className="talk-header">
        <p className="talk-context">{summitYear ? `Python Language Summit ${summitYear}` : 'Not tied to a summit'}</p>
        <h1 id="talk-title">{talk.title}</h1>
        {talk.speakers.length > 0 && <p className="talk-byline">{talk.speakers.join(', ')}</p>}
        <p className="talk-source">
          {sourceKindLabel(source.kind)}:{' '}
          <button type="button" className="link-button" onClick={() => onOpenSource(source.id)}>
            {source.title}
          </button>{' '}
          · {formatDate(source.date)}
        </p>
      </header>
      <div className="talk-body">
        <BlockList blocks={talk.blocks} />
      </div>
    </article>
  );
}

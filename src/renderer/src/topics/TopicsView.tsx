// Topics: threads that run through the summits, each with its talks year by year.

import { useMainQuery } from '../ipc/useMainQuery';

export function TopicsView({ onOpenTalk }: { onOpenTalk: (talkId: string) => void }): React.JSX.Element {
  const state = useMainQuery('getTopics');
  return (
    <section className="topics" aria-labelledby="topics-title">
      <h1 id="topics-title">Topics</h1>
      <p className="muted">How a topic moved from summit to summit. Talks join a topic by what their text says.</p>
      {state.status === 'loading' && <p className="status">Gathering topics…</p>}
      {state.status === 'error' && (
        <p className="status error" role="alert">
          Topics could not be loaded: {state.message}
        </p>
      )}
      {state.status === 'ready' &&
        state.value.map((topic) => (
          <section key={topic.id} className="topic" data-topic={topic.id} aria-labelledby={`topic-${topic.id}`}>
            <h2 id={`topic-${topic.id}`}>{topic.label}</h2>
            {topic.years.length === 0 && <p className="muted">No talks yet.</p>}
            <ol className="topic-years">
              {topic.years.map((year) => (
                <li key={year.year ?? 'other'} data-year={year.year ?? 'other'}>
                  <h3>{year.year ?? 'Other'}</h3>
                  <ul>
                    {year.talks.map((talk) => (
                      <li key={talk.talkId}>
                        <button type="button" className="link-button" onClick={() => onOpenTalk(talk.talkId)}>
                          {talk.title}
                        </button>
                        {talk.speakers.length > 0 && <span className="muted"> — {talk.speakers.join(', ')}</span>}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </section>
        ))}
    </section>
  );
}

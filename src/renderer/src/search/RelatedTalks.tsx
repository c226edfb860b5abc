// "Find similar": talks in other summits that share this talk's rarer terms.

import { useState } from 'react';
import type { SimilarTalk } from './protocol';
import { useSearch } from './SearchProvider';

export function RelatedTalks({
  talkId,
  onOpenTalk,
}: {
  talkId: string;
  onOpenTalk: (talkId: string) => void;
}): React.JSX.Element {
  const search = useSearch();
  const [related, setRelated] = useState<SimilarTalk[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">Related talks</h2>
      {related === null ? (
        <button
          type="button"
          onClick={() =>
            void search
              .similar(talkId)
              .then(setRelated)
              .catch((reason: unknown) => setError(String(reason)))
          }
        >
          Find similar talks in other summits
        </button>
      ) : related.length === 0 ? (
        <p className="muted">No related talks found in other summits.</p>
      ) : (
        <ul className="related-list">
          {related.map((talk) => (
            <li key={talk.talkId}>
              <button type="button" className="link-button" onClick={() => onOpenTalk(talk.talkId)}>
                {talk.talkTitle}
              </button>{' '}
              <span className="muted">
                {talk.summitYear ?? 'Other'} · shares {talk.sharedTerms.join(', ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="status error">{error}</p>}
    </section>
  );
}

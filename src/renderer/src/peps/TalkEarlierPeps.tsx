// "Earlier discussion of later PEPs", in a talk's side panel beside "PEPs in this talk": PEPs this
// talk discussed before they had a number. The link is inferred in main (the talk names one of
// the PEP's authors and the distinctive words of its title), so each is labelled as such and shows
// its evidence; it is never presented as a mention.

import { useMemo } from 'react';
import { statusAsOf, type PepIndex } from '../../../shared/peps/pepFacts';
import { useMainQuery } from '../ipc/useMainQuery';
import { PepButton } from '../ui/PepMention';

/** The index's entries this talk discussed early, each with this talk's evidence. */
function earlierIn(index: PepIndex, talkId: string) {
  return index.entries.flatMap((entry) => {
    const place = entry.earlier.find((candidate) => candidate.talkId === talkId);
    return place ? [{ entry, place }] : [];
  });
}

export function TalkEarlierPeps({ talkId }: { talkId: string }): React.JSX.Element | null {
  const state = useMainQuery('getPepIndex');
  const found = useMemo(() => (state.status === 'ready' ? earlierIn(state.value, talkId) : []), [state, talkId]);
  // Loading or failing quietly: "PEPs in this talk" already says when PEPs cannot be looked up.
  if (state.status !== 'ready' || found.length === 0) return null;
  return (
    <section aria-labelledby="talk-earlier-peps-heading" className="talk-earlier-peps">
      <h2 id="talk-earlier-peps-heading">Earlier discussion of later PEPs</h2>
      <p className="muted">
        Inferred, not mentioned: this talk names a PEP’s author and the words of its title before the PEP had a number.
      </p>
      <ul className="talk-peps">
        {found.map(({ entry, place }) => (
          <li key={entry.number} data-earlier-pep={entry.number}>
            <PepButton pep={entry.number}>PEP {entry.number}</PepButton>
            {entry.facts && (
              <>
                {' '}
                {entry.facts.title}{' '}
                <span className="muted">— {statusAsOf(entry.facts.status, state.value.snapshot)}</span>
              </>
            )}
            <p className="pep-evidence">{place.label}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

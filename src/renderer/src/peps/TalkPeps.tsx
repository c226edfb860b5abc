// "PEPs in this talk", in a talk's side panel: each PEP its text mentions, with its status as of
// the snapshot. The mentions are found in this one talk's text; the facts come from main.

import { useMemo } from 'react';
import type { Block } from '../../../shared/model';
import { statusAsOf } from '../../../shared/peps/pepFacts';
import { mentionedPeps } from '../../../shared/peps/pepMentions';
import { useMainQuery } from '../ipc/useMainQuery';
import { PepButton } from '../ui/PepMention';

function TalkPepList({ numbers }: { numbers: number[] }): React.JSX.Element {
  const state = useMainQuery('getPeps', numbers);
  if (state.status === 'loading') return <p className="status">Looking up PEPs…</p>;
  if (state.status === 'error') return <p className="status error">PEPs could not be looked up: {state.message}</p>;
  const { snapshot, peps } = state.value;
  return (
    <ul className="talk-peps">
      {peps.map((card) => (
        <li key={card.number} data-pep-item={card.number}>
          <PepButton pep={card.number}>PEP {card.number}</PepButton>
          {card.facts ? (
            <>
              {' '}
              {card.facts.title} <span className="muted">— {statusAsOf(card.facts.status, snapshot)}</span>
            </>
          ) : (
            <span className="muted"> — not in the snapshot</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function TalkPeps({ blocks }: { blocks: Block[] }): React.JSX.Element | null {
  const numbers = useMemo(
    // The contract takes at most 500 numbers; no talk mentions that many PEPs.
    () =>
      [...new Set(blocks.flatMap((block) => (block.type === 'code' ? [] : mentionedPeps(block.text))))].slice(0, 500),
    [blocks],
  );
  if (numbers.length === 0) return null;
  return (
    <section aria-labelledby="talk-peps-heading">
      <h2 id="talk-peps-heading">PEPs in this talk</h2>
      <TalkPepList numbers={numbers} />
    </section>
  );
}

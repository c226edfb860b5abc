// The PEPs view, beside People and Topics: every PEP the library mentions or discussed before it had
// a number, what became of it as a timeline, and each talk and transcript passage that mentions it,
// oldest summit first (or a line saying none does); then the talks that discussed it before it had a
// number, labelled as inferred. The index is computed in main; a filter keeps the PEPs of the
// chosen statuses.

import { useEffect, useMemo, useState } from 'react';
import {
  formatPepDate,
  PEP_FILTER_STATUSES,
  statusAsOf,
  type PepIndexEntry,
  type PepSnapshot,
} from '../../../shared/peps/pepFacts';
import { useMainQuery } from '../ipc/useMainQuery';
import { PepButton } from '../ui/PepMention';
import { PepPlaceLink } from './PepPlaceLink';
import { evidenceTerms, PepEarlierTalks } from './PepEarlierTalks';

interface PepsViewProps {
  /** A PEP to bring into view, as when the reader came from its card. */
  focusPep: number | null;
  /** Opens a talk at a passage, marking these words in it. */
  onOpenPassage: (talkId: string, blockId: string, terms: string[]) => void;
}

function PepEntry({
  entry,
  snapshot,
  onOpenPassage,
}: {
  entry: PepIndexEntry;
  snapshot: PepSnapshot;
  onOpenPassage: PepsViewProps['onOpenPassage'];
}): React.JSX.Element {
  return (
    <section className="pep-entry" data-pep-entry={entry.number} id={`pep-${entry.number}`} tabIndex={-1}>
      <h2>
        <PepButton pep={entry.number}>PEP {entry.number}</PepButton>
        {entry.facts ? `: ${entry.facts.title}` : ''}
      </h2>
      <p className="pep-status" data-status={entry.facts?.status ?? 'unknown'}>
        {entry.facts ? statusAsOf(entry.facts.status, snapshot) : 'Not in the PEP snapshot'}
      </p>
      <ol className="pep-timeline" aria-label={`What became of PEP ${entry.number}`}>
        {entry.timeline.map((step, index) => (
          <li key={index} data-step={step.kind}>
            {step.label}
          </li>
        ))}
      </ol>
      {entry.mentions.length === 0 && <p className="muted pep-no-mentions">No talk mentions it by number.</p>}
      {entry.mentions.length > 0 && (
        <ul className="pep-mentions" aria-label={`Passages that mention PEP ${entry.number}`}>
          {entry.mentions.map((place) => (
            <li key={`${place.talkId}:${place.blockId}`} data-talk-id={place.talkId}>
              <PepPlaceLink
                place={place}
                onOpen={() => onOpenPassage(place.talkId, place.blockId, ['PEP', String(entry.number)])}
              />
              <blockquote className="pep-excerpt">{place.excerpt}</blockquote>
            </li>
          ))}
        </ul>
      )}
      <PepEarlierTalks
        pep={entry.number}
        earlier={entry.earlier}
        showExcerpts
        onOpenPlace={(place) => onOpenPassage(place.talkId, place.blockId, evidenceTerms(place))}
      />
    </section>
  );
}

export function PepsView({ focusPep, onOpenPassage }: PepsViewProps): React.JSX.Element {
  const state = useMainQuery('getPepIndex');
  const [statuses, setStatuses] = useState<ReadonlySet<string>>(new Set());
  const entries = useMemo(() => {
    if (state.status !== 'ready') return [];
    if (statuses.size === 0) return state.value.entries;
    return state.value.entries.filter((entry) => entry.facts && statuses.has(entry.facts.status));
  }, [state, statuses]);
  const ready = state.status === 'ready';
  useEffect(() => {
    if (!ready || focusPep === null) return;
    const element = document.getElementById(`pep-${focusPep}`);
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [ready, focusPep]);
  const toggle = (status: string): void =>
    setStatuses((current) => {
      const next = new Set(current);
      if (!next.delete(status)) next.add(status);
      return next;
    });
  return (
    <section className="peps" aria-labelledby="peps-title">
      <h1 id="peps-title">PEPs</h1>
      <p className="muted">
        Every PEP the library mentions or discussed before it had a number, what became of it, and the talks that
        discussed it.
        {ready && ` Statuses as of ${formatPepDate(state.value.snapshot.date)}, from the PEP repository.`}
      </p>
      <fieldset className="pep-filter">
        <legend>Status</legend>
        {PEP_FILTER_STATUSES.map((status) => (
          <label key={status}>
            <input type="checkbox" checked={statuses.has(status)} onChange={() => toggle(status)} /> {status}
          </label>
        ))}
      </fieldset>
      {state.status === 'loading' && <p className="status">Gathering PEPs…</p>}
      {state.status === 'error' && (
        <p className="status error" role="alert">
          PEPs could not be loaded: {state.message}
        </p>
      )}
      {ready && focusPep !== null && !state.value.entries.some((entry) => entry.number === focusPep) && (
        <p className="status" role="status">
          No talk in the library mentions PEP {focusPep}.
        </p>
      )}
      {ready && entries.length === 0 && <p className="muted">No PEP with these statuses is listed.</p>}
      {ready &&
        entries.map((entry) => (
          <PepEntry key={entry.number} entry={entry} snapshot={state.value.snapshot} onOpenPassage={onOpenPassage} />
        ))}
    </section>
  );
}

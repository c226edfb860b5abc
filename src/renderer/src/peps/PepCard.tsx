// A PEP's card: its title and status as of the snapshot, the Python version it names with that
// version's first release, its resolution, what it replaced or was superseded by (each opening that
// PEP's card), its page on peps.python.org (through main's confirm-then-open), the talks that
// discussed it before it had a number (inferred, with their evidence), and the way to every talk
// that mentions it, or, when the library's index says no talk mentions it by number, a line that
// says so (a PEP can be known only from talks that came before its number).

import type { PepCard as PepCardData, PepEarlyPlace, PepSnapshot } from '../../../shared/peps/pepFacts';
import { formatPepDate, statusAsOf } from '../../../shared/peps/pepFacts';
import { pepUrl } from '../../../shared/peps/pepMentions';
import { callMain } from '../ipc/client';
import { PepEarlierTalks } from './PepEarlierTalks';

interface PepCardProps {
  card: PepCardData;
  snapshot: PepSnapshot;
  onOpenPep: (pep: number) => void;
  /** Opens the PEPs view at this PEP. */
  onShowMentions: (pep: number) => void;
  /** How many passages mention it by number, from main's index; null while that is not known. */
  mentions?: number | null;
  /** Talks that discussed it before it had a number, from main's index. */
  earlier?: PepEarlyPlace[];
  onOpenEarlier?: (place: PepEarlyPlace) => void;
}

function PepLinks({
  label,
  numbers,
  onOpenPep,
}: {
  label: string;
  numbers: number[];
  onOpenPep: (pep: number) => void;
}) {
  if (numbers.length === 0) return null;
  return (
    <div className="pep-fact">
      <dt>{label}</dt>
      <dd>
        {numbers.map((number, index) => (
          <span key={number}>
            {index > 0 && ', '}
            <button type="button" className="link-button" onClick={() => onOpenPep(number)}>
              PEP {number}
            </button>
          </span>
        ))}
      </dd>
    </div>
  );
}

function Releases({ card }: { card: PepCardData }): React.JSX.Element {
  if (card.releases.length === 0) return <dd>None named</dd>;
  return (
    <dd>
      {card.releases.map((release, index) => (
        <span key={release.version} data-python-version={release.version}>
          {index > 0 && '; '}
          Python {release.version}
          {release.firstRelease
            ? release.released
              ? ` (first released ${formatPepDate(release.firstRelease)})`
              : ` (first release planned for ${formatPepDate(release.firstRelease)})`
            : ' (release date not in the snapshot)'}
        </span>
      ))}
    </dd>
  );
}

/** The way to the talks that mention the PEP, or what the library holds when none does. */
function MentionsAction({
  pep,
  mentions,
  earlier,
  onShow,
}: {
  pep: number;
  mentions: number | null;
  earlier: number;
  onShow: () => void;
}): React.JSX.Element | null {
  // Not known yet (or the index failed): most cards open from a mention, and the view says the rest.
  if (mentions === null || mentions > 0)
    return (
      <button type="button" onClick={onShow}>
        Talks that mention it
      </button>
    );
  if (earlier === 0) return <p className="muted">No talk in the library mentions PEP {pep}.</p>;
  return (
    <>
      <p className="muted">No talk mentions it by number.</p>
      <button type="button" onClick={onShow}>
        Show in the PEPs view
      </button>
    </>
  );
}

export function PepCard({
  card,
  snapshot,
  onOpenPep,
  onShowMentions,
  mentions = null,
  earlier = [],
  onOpenEarlier = () => undefined,
}: PepCardProps): React.JSX.Element {
  const { facts, number } = card;
  const openPage = (
    <button type="button" onClick={() => void callMain('openExternal', pepUrl(number))}>
      Open on peps.python.org
    </button>
  );
  if (!facts) {
    return (
      <div className="pep-card" data-pep-card={number}>
        <h2>PEP {number}</h2>
        <p role="status">
          The PEP snapshot of {formatPepDate(snapshot.date)} holds no PEP {number}: it may be newer, or not a PEP.
        </p>
        <div className="editor-actions">{openPage}</div>
      </div>
    );
  }
  return (
    <div className="pep-card" data-pep-card={number}>
      <h2>
        PEP {number}: {facts.title}
      </h2>
      <p className="pep-status" data-status={facts.status}>
        {statusAsOf(facts.status, snapshot)}
      </p>
      <dl className="pep-facts">
        <div className="pep-fact">
          <dt>Python version</dt>
          <Releases card={card} />
        </div>
        <div className="pep-fact">
          <dt>Resolved</dt>
          <dd>{facts.resolution?.date ? formatPepDate(facts.resolution.date) : 'No resolution date'}</dd>
        </div>
        <PepLinks label="Replaces" numbers={facts.replaces} onOpenPep={onOpenPep} />
        <PepLinks label="Superseded by" numbers={facts.supersededBy} onOpenPep={onOpenPep} />
        {facts.authors.length > 0 && (
          <div className="pep-fact">
            <dt>Authors</dt>
            <dd>{facts.authors.join(', ')}</dd>
          </div>
        )}
      </dl>
      <PepEarlierTalks pep={number} earlier={earlier} showExcerpts={false} onOpenPlace={onOpenEarlier} />
      <div className="editor-actions">
        <MentionsAction
          pep={number}
          mentions={mentions}
          earlier={earlier.length}
          onShow={() => onShowMentions(number)}
        />
        {openPage}
      </div>
    </div>
  );
}

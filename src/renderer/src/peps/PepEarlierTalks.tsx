// The talks that discussed a PEP before it had a number, as the PEP card and the PEPs view list
// them: each labelled as an inferred link with its evidence, and opening the talk at the passage.

import type { PepEarlyPlace } from '../../../shared/peps/pepFacts';
import { PepPlaceLink } from './PepPlaceLink';

/** The words to mark in the passage: the author's name and the title's words it holds. */
export function evidenceTerms(place: PepEarlyPlace): string[] {
  return [place.evidence.author, ...place.evidence.phrases].flatMap((text) => text.split(/\s+/)).filter(Boolean);
}

export function PepEarlierTalks({
  pep,
  earlier,
  showExcerpts,
  onOpenPlace,
}: {
  pep: number;
  earlier: PepEarlyPlace[];
  showExcerpts: boolean;
  onOpenPlace: (place: PepEarlyPlace) => void;
}): React.JSX.Element | null {
  if (earlier.length === 0) return null;
  const headingId = `pep-earlier-${pep}-${showExcerpts ? 'view' : 'card'}`;
  return (
    <section className="pep-earlier" aria-labelledby={headingId}>
      <h3 id={headingId}>Discussed before it had a number</h3>
      <p className="muted">Inferred from the talk’s words, not a mention of PEP {pep}.</p>
      <ul className="pep-earlier-talks">
        {earlier.map((place) => (
          <li key={`${place.talkId}:${place.blockId}`} data-talk-id={place.talkId}>
            <PepPlaceLink place={place} onOpen={() => onOpenPlace(place)} />
            <p className="pep-evidence">{place.label}</p>
            {showExcerpts && <blockquote className="pep-excerpt">{place.excerpt}</blockquote>}
          </li>
        ))}
      </ul>
    </section>
  );
}

// A talk passage as the PEPs view and the PEP card list it: the talk's title, which opens the talk
// at the passage, then its summit year, kind of source and speakers.

import type { PepMentionPlace } from '../../../shared/peps/pepFacts';
import { sourceKindLabel } from '../ui/labels';

export function PepPlaceLink({ place, onOpen }: { place: PepMentionPlace; onOpen: () => void }): React.JSX.Element {
  return (
    <>
      <button type="button" className="link-button" onClick={onOpen}>
        {place.talkTitle}
      </button>{' '}
      <span className="muted">
        {place.summitYear ?? 'Other'} · {sourceKindLabel(place.sourceKind)}
        {place.speakers.length > 0 ? ` · ${place.speakers.join(', ')}` : ''}
      </span>
    </>
  );
}

// The mark a note carries wherever it shows while it has versions written on two computers that
// the reader has not yet chosen between.

import { hasVersionsWaiting, type HighlightRecord, type TalkNoteRecord } from '../../../shared/annotations';

export function VersionsBadge({ record }: { record: HighlightRecord | TalkNoteRecord }): React.JSX.Element | null {
  if (!hasVersionsWaiting(record)) return null;
  return (
    <span className="versions-badge" role="note">
      Two versions: open it to keep one
    </span>
  );
}

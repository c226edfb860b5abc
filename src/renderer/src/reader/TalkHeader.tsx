// The head of an open talk: where it is from, its title, who gave it, and the reader's progress.

import type { ReadingStateRecord } from '../../../shared/annotations';
import type { TalkDetail } from '../../../shared/model';
import { formatDate, sourceKindLabel } from '../ui/labels';
import { CiteTalk } from './CiteTalk';
import { DiscussedIn } from './TranscriptParts';

interface TalkHeaderProps {
  detail: TalkDetail;
  reading: ReadingStateRecord | null;
  onToggleRead: () => void;
  onOpenSource: (sourceId: string) => void;
  onOpenTalk: (talkId: string) => void;
}

/** What a programme entry says about its write-up: where to read it, or how to bring it in. */
function ProgrammeNotice({ detail, onOpenTalk }: Pick<TalkHeaderProps, 'detail' | 'onOpenTalk'>): React.JSX.Element {
  const heldBy = detail.source.talks.find((summary) => summary.id === detail.talk.id)?.programme?.heldBy ?? null;
  return (
    <p className="programme-notice" role="note">
      An entry of this summit’s programme.{' '}
      {heldBy ? (
        <button type="button" className="link-button" onClick={() => onOpenTalk(heldBy)}>
          Read its write-up in the library
        </button>
      ) : (
        'Its write-up is not in the library: import it (File → Import documents…) to read and annotate it here.'
      )}
    </p>
  );
}

export function TalkHeader(props: TalkHeaderProps): React.JSX.Element {
  const { detail, reading, onToggleRead, onOpenSource, onOpenTalk } = props;
  const { talk, source, summitYear } = detail;
  return (
    <header className="talk-header">
      <p className="talk-context">{summitYear ? `Python Language Summit ${summitYear}` : 'Not tied to a summit'}</p>
      <h1 id="talk-title">{talk.title}</h1>
      {talk.speakers.length > 0 && <p className="talk-byline">{talk.speakers.join(', ')}</p>}
      {talk.programmeLink && <ProgrammeNotice detail={detail} onOpenTalk={onOpenTalk} />}
      {detail.discussedIn && <DiscussedIn discussions={detail.discussedIn} />}
      <p className="talk-source">
        {sourceKindLabel(source.kind)}:{' '}
        <button type="button" className="link-button" onClick={() => onOpenSource(source.id)}>
          {source.title}
        </button>{' '}
        · {formatDate(source.date)}
      </p>
      <p className="talk-progress">
        <span>{reading?.read ? 'Read' : `${Math.round((reading?.progress ?? 0) * 100)}% read`}</span>{' '}
        <button type="button" className="link-button" onClick={onToggleRead}>
          {reading?.read ? 'Mark as unread' : 'Mark as read'}
        </button>
      </p>
      {!talk.programmeLink && <CiteTalk talkId={talk.id} sourceKind={source.kind} />}
    </header>
  );
}

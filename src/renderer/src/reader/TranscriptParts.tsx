// Podcast transcripts linked to the talks they discuss: a mark where each part begins, opening
// its talk, and on a talk, the transcript passages that discuss it, each opening the transcript
// there.

import type { TalkDiscussion, TranscriptPart } from '../../../shared/model';
import { readerLinkUrl } from '../../../shared/links';
import { openReaderLinkInPage } from '../navigation/useReaderLinks';
import { formatTimestamp } from '../ui/labels';

/** "Talk Python To Me #514 (transcript)" reads as "Talk Python To Me #514". */
function episodeName(title: string): string {
  return title.replace(/\s*\(transcript\)\s*$/i, '');
}

export function PartMarker({
  part,
  onOpenTalk,
}: {
  part: TranscriptPart;
  onOpenTalk: (talkId: string) => void;
}): React.JSX.Element {
  return (
    <p className="transcript-part" data-part-talk={part.talkId}>
      From {formatTimestamp(part.start)}, about the talk{' '}
      <button type="button" className="link-button" onClick={() => onOpenTalk(part.talkId)}>
        {part.title}
      </button>
    </p>
  );
}

export function DiscussedIn({ discussions }: { discussions: readonly TalkDiscussion[] }): React.JSX.Element {
  return (
    <ul className="talk-discussed" aria-label="Discussed in">
      {discussions.map((discussion) => (
        <li key={`${discussion.transcriptTalkId}:${discussion.blockId}`}>
          <button
            type="button"
            className="link-button"
            onClick={() => openReaderLinkInPage(readerLinkUrl(discussion.transcriptTalkId, discussion.blockId))}
          >
            Discussed in {episodeName(discussion.transcriptTitle)} at {formatTimestamp(discussion.start)}
          </button>
        </li>
      ))}
    </ul>
  );
}

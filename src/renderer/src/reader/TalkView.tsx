// Loads a talk from main and its annotations from storage, then hands both to the reader.

import { useTalkAnnotations } from '../highlights/useTalkAnnotations';
import { useMainQuery } from '../ipc/useMainQuery';
import { TalkReader } from './TalkReader';

interface TalkViewProps {
  talkId: string;
  focusHighlightId: string | null;
  searchTarget: { blockId: string; terms: string[] } | null;
  onOpenSource: (sourceId: string) => void;
  onOpenTalk: (talkId: string) => void;
}

export function TalkView({
  talkId,
  focusHighlightId,
  searchTarget,
  onOpenSource,
  onOpenTalk,
}: TalkViewProps): React.JSX.Element {
  const state = useMainQuery('getTalk', talkId);
  const annotations = useTalkAnnotations(talkId);
  if (state.status === 'error') {
    return (
      <p className="status error" role="alert">
        This talk could not be opened: {state.message}
      </p>
    );
  }
  if (state.status === 'loading' || annotations.status === 'loading')
    return <p className="status">Opening the talk…</p>;
  return (
    <TalkReader
      detail={state.value}
      annotations={annotations}
      focusHighlightId={focusHighlightId}
      searchTarget={searchTarget}
      onOpenSource={onOpenSource}
      onOpenTalk={onOpenTalk}
    />
  );
}

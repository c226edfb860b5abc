// What the window shows instead of the welcome page while the talk read last is being reopened,
// or when it could not be read: never the welcome page, which would tell the reader there was
// nothing to come back to.

import type { LastTalk } from './useLastTalk';

export function LastTalkNotice({ lastTalk, onRetry }: { lastTalk: LastTalk; onRetry: () => void }): React.JSX.Element {
  if (lastTalk.status !== 'failed') return <p className="status">Opening where you left off…</p>;
  return (
    <div className="status error last-talk-failed" role="alert">
      <p>Where you left off could not be read: {lastTalk.message}</p>
      <p>
        Try again, or choose a talk in the library.{' '}
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </p>
    </div>
  );
}

// Tells the reader that their highlights and notes could not be read, and offers to try again.

import { useAnnotationsReadFailure } from './useAnnotationsReadFailure';

export function AnnotationsReadNotice(): React.JSX.Element | null {
  const { message, retrying, retry } = useAnnotationsReadFailure();
  if (!message) return null;
  return (
    <div className="storage-notice" role="alert">
      <p>{message}</p>
      <button type="button" onClick={retry} disabled={retrying}>
        {retrying ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  );
}

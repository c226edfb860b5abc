// What the reader's highlights and notes could not be read for, if anything, and a way to try
// again: the shared live copy reports a failed read here instead of showing an empty notebook.

import { useEffect, useState } from 'react';
import { onLiveAnnotationsFailure, retryLiveAnnotations } from '../storage/liveAnnotations';

export function useAnnotationsReadFailure(): { message: string | null; retrying: boolean; retry: () => void } {
  const [message, setMessage] = useState<string | null>(null);
  const [retrying, setRetrying] = useState(false);
  useEffect(() => onLiveAnnotationsFailure(setMessage), []);
  const retry = (): void => {
    setRetrying(true);
    void retryLiveAnnotations().finally(() => setRetrying(false));
  };
  return { message, retrying, retry };
}

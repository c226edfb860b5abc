// Reopening the talk read last when the app starts. Until the stored place has been read the
// shell says it is opening it (the welcome page means "nothing to reopen", so it is never shown
// meanwhile), and if it cannot be read the reader is told so and can try again, instead of
// landing on the welcome page as if they had never read anything.

import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { View } from '../navigation/view';
import { getSetting, LAST_TALK_KEY } from '../storage/settings';

export type LastTalk =
  | { status: 'looking' }
  /** Nothing was read before, or something else was opened first. */
  | { status: 'none' }
  | { status: 'reopened' }
  | { status: 'failed'; message: string };

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message || 'the database could not be read';
}

/**
 * Reopens the talk read last, unless something was opened first (a link from the system arrives
 * as the page starts, and must not be replaced by the last talk when that read ends later).
 */
export function useLastTalk(setView: Dispatch<SetStateAction<View>>): { lastTalk: LastTalk; retry: () => void } {
  const [lastTalk, setLastTalk] = useState<LastTalk>({ status: 'looking' });
  const [tries, setTries] = useState(0);
  useEffect(() => {
    let cancelled = false;
    getSetting<string>(LAST_TALK_KEY).then(
      (id) => {
        if (cancelled) return;
        if (id) setView((current) => current ?? { kind: 'talk', id, highlightId: null });
        setLastTalk({ status: id ? 'reopened' : 'none' });
        // Lets tests wait for the app's own decision instead of a delay.
        document.documentElement.dataset.lastTalkChecked = 'true';
      },
      (error: unknown) => {
        if (cancelled) return;
        setLastTalk({ status: 'failed', message: describe(error) });
        document.documentElement.dataset.lastTalkChecked = 'failed';
      },
    );
    return () => {
      cancelled = true;
    };
  }, [setView, tries]);
  const retry = useCallback(() => {
    // Looking again: the earlier failure is no longer the app's decision.
    delete document.documentElement.dataset.lastTalkChecked;
    setLastTalk({ status: 'looking' });
    setTries((count) => count + 1);
  }, []);
  return { lastTalk, retry };
}

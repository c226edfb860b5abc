// Opening a talk from a search result: scroll to the passage and mark the words that matched.

import { useEffect, type RefObject } from 'react';
import type { TalkText } from '../../../shared/anchoring/talkText';
import { rangesForOffsets } from '../anchoring/domText';
import { findMatches } from './findMatches';

export const SEARCH_HIGHLIGHT_NAME = 'summit-search';

export function useSearchTarget(
  bodyRef: RefObject<HTMLElement | null>,
  talkText: TalkText,
  target: { blockId: string; terms: string[] } | null,
): void {
  useEffect(() => {
    const root = bodyRef.current;
    if (!root || !target) return;
    const span = talkText.spans.find((candidate) => candidate.blockId === target.blockId);
    const element = document.getElementById(target.blockId);
    if (!span || !element) return;
    const folded = element.closest('details');
    if (folded && !folded.open) folded.open = true;
    element.scrollIntoView({ block: 'center' });
    // Off-screen transcript segments are laid out at an estimated size (content-visibility) until
    // they come into view, so the target moves as those around it get their real size: while the
    // text's height changes, for a second at most and until the reader scrolls or presses a key,
    // it is centred again.
    const follow = new ResizeObserver(() => element.scrollIntoView({ block: 'center' }));
    follow.observe(root);
    const stopFollowing = (): void => follow.disconnect();
    const timer = window.setTimeout(stopFollowing, 1000);
    const readerMoves = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
    for (const name of readerMoves) window.addEventListener(name, stopFollowing, { capture: true, once: true });
    element.classList.add('search-target');
    const blockText = talkText.text.slice(span.start, span.end);
    const marked = new Highlight();
    for (const term of target.terms) {
      for (const match of findMatches(blockText, term)) {
        for (const range of rangesForOffsets(root, talkText, span.start + match.start, span.start + match.end))
          marked.add(range);
      }
    }
    CSS.highlights.set(SEARCH_HIGHLIGHT_NAME, marked);
    return () => {
      stopFollowing();
      window.clearTimeout(timer);
      for (const name of readerMoves) window.removeEventListener(name, stopFollowing, { capture: true });
      element.classList.remove('search-target');
      CSS.highlights.delete(SEARCH_HIGHLIGHT_NAME);
    };
  }, [bodyRef, talkText, target]);
}

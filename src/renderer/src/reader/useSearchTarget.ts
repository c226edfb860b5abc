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
    // they come into view; once those around the target have their real size, scroll again.
    const settle = requestAnimationFrame(() =>
      requestAnimationFrame(() => element.scrollIntoView({ block: 'center' })),
    );
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
      cancelAnimationFrame(settle);
      element.classList.remove('search-target');
      CSS.highlights.delete(SEARCH_HIGHLIGHT_NAME);
    };
  }, [bodyRef, talkText, target]);
}

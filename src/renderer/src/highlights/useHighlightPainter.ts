// Paints highlights with the CSS Custom Highlight API, so the talk's DOM is never rewritten.

import { useEffect, type RefObject } from 'react';
import type { TalkText } from '../../../shared/anchoring/talkText';
import { HIGHLIGHT_COLORS } from '../../../shared/annotations';
import type { AnchoredHighlight } from '../anchoring/anchorAll';
import { highlightName } from '../ui/highlightColors';
import { rangesForOffsets } from '../anchoring/domText';

export const ACTIVE_HIGHLIGHT_NAME = 'summit-active';

export function useHighlightPainter(
  rootRef: RefObject<HTMLElement | null>,
  talkText: TalkText | null,
  anchored: AnchoredHighlight[],
  activeId: string | null,
  renderKey: unknown,
): void {
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !talkText || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const byColor = new Map(HIGHLIGHT_COLORS.map((color) => [color, new Highlight()]));
    const active = new Highlight();
    active.priority = 1;
    for (const highlight of anchored) {
      const ranges = rangesForOffsets(root, talkText, highlight.start, highlight.end);
      const painted = byColor.get(highlight.record.color);
      for (const range of ranges) {
        painted?.add(range);
        if (highlight.record.id === activeId) active.add(range);
      }
    }
    for (const [color, painted] of byColor) CSS.highlights.set(highlightName(color), painted);
    CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, active);
    return () => {
      for (const color of HIGHLIGHT_COLORS) CSS.highlights.delete(highlightName(color));
      CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
    };
  }, [rootRef, talkText, anchored, activeId, renderKey]);
}

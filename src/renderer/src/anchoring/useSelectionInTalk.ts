// Follows the reader's text selection inside a talk, as talk-text offsets plus where to show tools.

import { useEffect, useState, type RefObject } from 'react';
import type { TalkText } from '../../../shared/anchoring/talkText';
import type { TextPositionAnchor } from '../../../shared/anchoring/textAnchors';
import { positionForRange } from './domText';

export interface TalkSelection {
  /** The selected passage of the talk. */
  position: TextPositionAnchor;
  /** Where the selection is on screen, for placing the toolbar. */
  anchor: { top: number; bottom: number; left: number };
}

export function readTalkSelection(root: HTMLElement | null, talkText: TalkText | null): TalkSelection | null {
  const selection = window.getSelection();
  if (!root || !talkText || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const position = positionForRange(root, talkText, range);
  if (!position) return null;
  const rects = range.getClientRects();
  const first = rects[0] ?? range.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? first;
  return { position, anchor: { top: first.top, bottom: last.bottom, left: last.right } };
}

export function useSelectionInTalk(
  rootRef: RefObject<HTMLElement | null>,
  talkText: TalkText | null,
): TalkSelection | null {
  const [selection, setSelection] = useState<TalkSelection | null>(null);
  useEffect(() => {
    const update = (): void => setSelection(readTalkSelection(rootRef.current, talkText));
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [rootRef, talkText]);
  return selection;
}

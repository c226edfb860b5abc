// Remembers where the reader is in a talk, resumes there, and keeps the read mark.

import { useEffect, useRef, type RefObject } from 'react';
import type { ReadingStateRecord } from '../../../shared/annotations';
import type { Block } from '../../../shared/model';
import { saveReadingPlace, setRead } from '../storage/readingState';
import { useReadingState } from '../storage/useStoredRecords';

const SAVE_DELAY_MS = 600;

/** The first block whose bottom is below the top of the scrolling area. */
function topVisibleBlock(body: HTMLElement, scroller: HTMLElement): HTMLElement | null {
  const top = scroller.getBoundingClientRect().top;
  for (const element of body.querySelectorAll<HTMLElement>('[data-block-id]')) {
    if (element.getBoundingClientRect().bottom > top + 4) return element;
  }
  return null;
}

export function useReadingPosition(
  talkId: string,
  blocks: Block[],
  bodyRef: RefObject<HTMLElement | null>,
  skipResume: boolean,
): { state: ReadingStateRecord | null | undefined; toggleRead: () => void } {
  const state = useReadingState(talkId);
  const resumed = useRef(false);

  useEffect(() => {
    if (resumed.current || state === undefined) return;
    resumed.current = true;
    if (skipResume || !state?.blockId) return;
    document.getElementById(state.blockId)?.scrollIntoView({ block: 'start' });
  }, [state, skipResume]);

  useEffect(() => {
    const body = bodyRef.current;
    const scroller = body?.closest<HTMLElement>('.reader');
    if (!body || !scroller) return;
    let timer: number | undefined;
    const onScroll = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const element = topVisibleBlock(body, scroller);
        if (!element) return;
        const index = blocks.findIndex((block) => block.id === element.dataset.blockId);
        const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 8;
        const progress = atEnd ? 1 : Math.max(0, index) / Math.max(1, blocks.length);
        void saveReadingPlace({ talkId, blockId: element.dataset.blockId ?? null, progress, atEnd });
      }, SAVE_DELAY_MS);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.clearTimeout(timer);
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [bodyRef, blocks, talkId]);

  return { state, toggleRead: () => void setRead(talkId, !(state?.read ?? false)) };
}

// A note being written, kept as a draft: the stored draft is offered again when the editor opens,
// every change is saved as a draft shortly after it is typed, and a cancel discards it.

import { useEffect, useRef, useState } from 'react';
import { parseTags } from '../../../shared/annotations';
import { discardDraft, readDraft, saveDraft } from '../storage/notes';

const DRAFT_DELAY_MS = 250;

export interface NoteDraft {
  text: string;
  tags: string;
  /** Whether an unsaved draft from before was put back. */
  restored: boolean;
  changeText: (text: string) => void;
  changeTags: (tags: string) => void;
  /** Stops saving drafts and hands over the note as it is. */
  finish: () => { text: string; tags: string[] };
  /** Stops saving drafts and discards the stored one. */
  discard: () => void;
}

export function useNoteDraft(draftKey: string, initialText: string, initialTags: string[]): NoteDraft {
  const [text, setText] = useState(initialText);
  const [tags, setTags] = useState(initialTags.join(', '));
  const [restored, setRestored] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    void readDraft(draftKey).then((draft) => {
      if (cancelled || !draft) return;
      setText(draft.text);
      setTags(draft.tags.join(', '));
      setRestored(true);
    });
    return () => {
      cancelled = true;
      window.clearTimeout(timer.current);
    };
  }, [draftKey]);

  const scheduleDraft = (nextText: string, nextTags: string): void => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void saveDraft(draftKey, nextText, parseTags(nextTags)), DRAFT_DELAY_MS);
  };

  return {
    text,
    tags,
    restored,
    changeText: (next) => {
      setText(next);
      scheduleDraft(next, tags);
    },
    changeTags: (next) => {
      setTags(next);
      scheduleDraft(text, next);
    },
    finish: () => {
      window.clearTimeout(timer.current);
      return { text, tags: parseTags(tags) };
    },
    discard: () => {
      window.clearTimeout(timer.current);
      void discardDraft(draftKey);
    },
  };
}

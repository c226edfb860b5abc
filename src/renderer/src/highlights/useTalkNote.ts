// The talk note's commands for the side panel: save the note being edited, or keep one of the
// versions written apart on two computers.

import { useCallback, useMemo } from 'react';
import type { TalkCitation, TalkNoteRecord } from '../../../shared/annotations';
import { saveTalkNote } from '../storage/notes';

export interface TalkNoteCommands {
  /** Resolves to whether the note was stored. */
  save: (text: string, tags: string[]) => Promise<boolean>;
  /** Keeps `text` among the note's conflicting versions; resolves to whether it was stored. */
  pick: (text: string) => Promise<boolean>;
}

export function useTalkNote(talkId: string, citation: TalkCitation, note: TalkNoteRecord | null): TalkNoteCommands {
  const tags = note?.tags;
  const save = useCallback(
    (text: string, nextTags: string[]) => saveTalkNote({ talkId, text, tags: nextTags, citation }),
    [talkId, citation],
  );
  const pick = useCallback(
    (text: string) => saveTalkNote({ talkId, text, tags: tags ?? [], citation, textConflicts: [] }),
    [talkId, citation, tags],
  );
  return useMemo(() => ({ save, pick }), [save, pick]);
}

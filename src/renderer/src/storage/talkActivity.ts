// Per talk: reading progress and how many highlights and notes the reader has made, derived from
// the shared live copy of the annotations.

import { useMemo } from 'react';
import { isLive } from '../../../shared/annotations';
import { useLiveAnnotations, type LiveAnnotations } from './liveAnnotations';

export interface TalkActivity {
  progress: number;
  read: boolean;
  /** When the reader was last in this talk; 0 if never. */
  lastReadAt: number;
  highlights: number;
  notes: number;
}

const EMPTY = new Map<string, TalkActivity>();

export function talkActivity(annotations: LiveAnnotations): Map<string, TalkActivity> {
  const activity = new Map<string, TalkActivity>();
  const entry = (talkId: string): TalkActivity => {
    const existing = activity.get(talkId) ?? { progress: 0, read: false, lastReadAt: 0, highlights: 0, notes: 0 };
    activity.set(talkId, existing);
    return existing;
  };
  for (const state of annotations.readingState.values()) {
    Object.assign(entry(state.talkId), {
      progress: state.read ? 1 : state.progress,
      read: state.read,
      lastReadAt: state.updatedAt,
    });
  }
  for (const highlight of annotations.highlights.values()) {
    if (!isLive(highlight)) continue;
    const talk = entry(highlight.talkId);
    talk.highlights++;
    if (highlight.note.trim()) talk.notes++;
  }
  for (const note of annotations.talkNotes.values()) if (isLive(note)) entry(note.talkId).notes++;
  return activity;
}

export function useTalkActivity(): Map<string, TalkActivity> {
  const annotations = useLiveAnnotations();
  return useMemo(() => (annotations ? talkActivity(annotations) : EMPTY), [annotations]);
}

// Per talk: reading progress and how many highlights and notes the reader has made.

import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../storage/db';

export interface TalkActivity {
  progress: number;
  read: boolean;
  /** When the reader was last in this talk; 0 if never. */
  lastReadAt: number;
  highlights: number;
  notes: number;
}

const EMPTY = new Map<string, TalkActivity>();

export function useTalkActivity(): Map<string, TalkActivity> {
  return (
    useLiveQuery(async () => {
      const [states, highlights, notes] = await Promise.all([
        db().readingState.toArray(),
        db().highlights.toArray(),
        db().talkNotes.toArray(),
      ]);
      const activity = new Map<string, TalkActivity>();
      const entry = (talkId: string): TalkActivity => {
        const existing = activity.get(talkId) ?? { progress: 0, read: false, lastReadAt: 0, highlights: 0, notes: 0 };
        activity.set(talkId, existing);
        return existing;
      };
      for (const state of states) {
        Object.assign(entry(state.talkId), {
          progress: state.read ? 1 : state.progress,
          read: state.read,
          lastReadAt: state.updatedAt,
        });
      }
      for (const highlight of highlights) {
        if (highlight.deletedAt !== null) continue;
        const talk = entry(highlight.talkId);
        talk.highlights++;
        if (highlight.note.trim()) talk.notes++;
      }
      for (const note of notes) if (note.deletedAt === null) entry(note.talkId).notes++;
      return activity;
    }, []) ?? EMPTY
  );
}

// The talk-notes and drafts repository: a note on a whole talk, and what the reader is still typing.

import { draftKeyForTalk, type DraftRecord, type TalkCitation, type TalkNoteRecord } from '../../../shared/annotations';
import { db } from './db';
import { commit, commitEdit } from './writes';

/** Saves the note on a whole talk, on the record as stored when it is written; false when not saved. */
export async function saveTalkNote(input: {
  talkId: string;
  text: string;
  tags: string[];
  citation: TalkCitation;
  /** An empty list when the reader picked this text among versions written apart. */
  textConflicts?: string[];
}): Promise<boolean> {
  const { saved } = await commitEdit({
    table: 'talkNotes',
    key: input.talkId,
    change: (existing): TalkNoteRecord => {
      const now = Math.max(Date.now(), (existing?.updatedAt ?? 0) + 1);
      return {
        talkId: input.talkId,
        text: input.text,
        tags: input.tags,
        citation: input.citation,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        // An emptied note is a deletion, kept as a tombstone like any other.
        deletedAt: input.text.trim() === '' && input.tags.length === 0 ? now : null,
        ...(input.textConflicts ? { textConflicts: input.textConflicts } : {}),
      };
    },
    deletes: [{ table: 'drafts', key: draftKeyForTalk(input.talkId) }],
  });
  return saved;
}

export async function readDraft(key: string): Promise<DraftRecord | undefined> {
  return db().drafts.get(key);
}

export async function saveDraft(key: string, text: string, tags: string[]): Promise<void> {
  await commit({ puts: [{ table: 'drafts', record: { key, text, tags, updatedAt: Date.now() } }] });
}

export async function discardDraft(key: string): Promise<void> {
  await commit({ deletes: [{ table: 'drafts', key }] });
}

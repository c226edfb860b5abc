// The highlights repository: creating, changing, deleting and restoring the reader's highlights.
// A deletion keeps a tombstone with its time, so an undo, restore or merge can see it.

import type { HighlightSelectors } from '../../../shared/anchoring/selectors';
import {
  draftKeyForHighlight,
  isLive,
  type HighlightColor,
  type HighlightRecord,
  type TalkCitation,
  type TalkNoteRecord,
} from '../../../shared/annotations';
import { db } from './db';
import { commit, commitEdit } from './writes';

/** A change's time: now, but always after the record's last change, so clocks never run backwards. */
function changeTime(record: { updatedAt: number } | undefined): number {
  return Math.max(Date.now(), (record?.updatedAt ?? 0) + 1);
}

/** Creates a highlight; null when it could not be saved (the reader is told why, and it may be kept). */
export async function createHighlight(input: {
  talkId: string;
  color: HighlightColor;
  selectors: HighlightSelectors;
  citation: TalkCitation;
  now?: number;
}): Promise<HighlightRecord | null> {
  const now = input.now ?? Date.now();
  const record: HighlightRecord = {
    id: crypto.randomUUID(),
    talkId: input.talkId,
    color: input.color,
    note: '',
    tags: [],
    selectors: input.selectors,
    citation: input.citation,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  return (await commit({ puts: [{ table: 'highlights', record }] })) ? record : null;
}

/**
 * Changes fields of a highlight, on the record as stored when the change is written. Returns the
 * saved record, or null when there is no such highlight or the change could not be saved.
 */
export async function updateHighlight(
  id: string,
  changes: Partial<Pick<HighlightRecord, 'color' | 'note' | 'tags' | 'selectors' | 'talkId' | 'noteConflicts'>>,
): Promise<HighlightRecord | null> {
  const { saved, record } = await commitEdit({
    table: 'highlights',
    key: id,
    change: (existing) => (existing ? { ...existing, ...changes, updatedAt: changeTime(existing) } : null),
    // Saving a note also discards its draft, in the same transaction.
    deletes: changes.note !== undefined ? [{ table: 'drafts', key: draftKeyForHighlight(id) }] : [],
  });
  return saved ? record : null;
}

/** Deletes a highlight, keeping a tombstone; false when it could not be saved. */
export async function deleteHighlight(id: string): Promise<boolean> {
  const { saved } = await commitEdit({
    table: 'highlights',
    key: id,
    change: (existing) => {
      if (!existing || !isLive(existing)) return null;
      const now = changeTime(existing);
      return { ...existing, deletedAt: now, updatedAt: now };
    },
    deletes: [{ table: 'drafts', key: draftKeyForHighlight(id) }],
  });
  return saved;
}

/** Brings a deleted highlight back; false when it could not be saved. */
export async function restoreHighlight(id: string): Promise<boolean> {
  const { saved } = await commitEdit({
    table: 'highlights',
    key: id,
    change: (existing) =>
      existing && !isLive(existing) ? { ...existing, deletedAt: null, updatedAt: changeTime(existing) } : null,
  });
  return saved;
}

/** The live highlights of one talk and its note, read by the talk's index. */
export async function talkAnnotations(talkId: string): Promise<{
  highlights: HighlightRecord[];
  note: TalkNoteRecord | null;
}> {
  const [highlights, note] = await Promise.all([
    db().highlights.where('talkId').equals(talkId).toArray(),
    db().talkNotes.get(talkId),
  ]);
  return { highlights: highlights.filter(isLive), note: note && isLive(note) ? note : null };
}

/** Every live highlight and talk note, read once (for an export, say). */
export async function allLiveAnnotations(): Promise<{ highlights: HighlightRecord[]; notes: TalkNoteRecord[] }> {
  const [highlights, notes] = await Promise.all([db().highlights.toArray(), db().talkNotes.toArray()]);
  return { highlights: highlights.filter(isLive), notes: notes.filter(isLive) };
}

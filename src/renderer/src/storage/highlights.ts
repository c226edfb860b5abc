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
import { commit, pendingRecord } from './writes';

/** The record as the reader last changed it: the stored one, or a change still waiting to be saved. */
async function current(id: string): Promise<HighlightRecord | undefined> {
  const kept = pendingRecord<HighlightRecord>('highlights', id);
  const stored = await db().highlights.get(id);
  if (kept && (!stored || stored.updatedAt <= kept.updatedAt)) return kept;
  return stored;
}

/** A change's time: now, but always after the record's last change, so clocks never run backwards. */
function changeTime(record: { updatedAt: number } | undefined): number {
  return Math.max(Date.now(), (record?.updatedAt ?? 0) + 1);
}

export async function createHighlight(input: {
  talkId: string;
  color: HighlightColor;
  selectors: HighlightSelectors;
  citation: TalkCitation;
  now?: number;
}): Promise<HighlightRecord> {
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
  await commit({ puts: [{ table: 'highlights', record }] });
  return record;
}

export async function updateHighlight(
  id: string,
  changes: Partial<Pick<HighlightRecord, 'color' | 'note' | 'tags' | 'selectors' | 'talkId' | 'noteConflicts'>>,
): Promise<HighlightRecord | null> {
  const existing = await current(id);
  if (!existing) return null;
  const record: HighlightRecord = { ...existing, ...changes, updatedAt: changeTime(existing) };
  // Saving a note also discards its draft, in the same transaction.
  const deletes = changes.note !== undefined ? [{ table: 'drafts' as const, key: draftKeyForHighlight(id) }] : [];
  await commit({ puts: [{ table: 'highlights', record }], deletes });
  return record;
}

export async function deleteHighlight(id: string): Promise<void> {
  const existing = await current(id);
  if (!existing || !isLive(existing)) return;
  const now = changeTime(existing);
  await commit({
    puts: [{ table: 'highlights', record: { ...existing, deletedAt: now, updatedAt: now } }],
    deletes: [{ table: 'drafts', key: draftKeyForHighlight(id) }],
  });
}

export async function restoreHighlight(id: string): Promise<void> {
  const existing = await current(id);
  if (!existing || isLive(existing)) return;
  await commit({
    puts: [{ table: 'highlights', record: { ...existing, deletedAt: null, updatedAt: changeTime(existing) } }],
  });
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

// Reads and writes of the reader's annotations. Multi-table changes go in one transaction.

import type { HighlightSelectors } from '../../../shared/anchoring/selectors';
import {
  draftKeyForHighlight,
  draftKeyForTalk,
  type HighlightColor,
  type HighlightRecord,
  type ReadingStateRecord,
  type TalkCitation,
  type TalkNoteRecord,
} from '../../../shared/annotations';
import type { SummitDatabase } from './db';
import { commit, pendingRecord } from './writes';

/** The record as the reader last changed it: the stored one, or a change still waiting to be saved. */
async function current(database: SummitDatabase, id: string): Promise<HighlightRecord | undefined> {
  const kept = pendingRecord<HighlightRecord>('highlights', id);
  const stored = await database.highlights.get(id);
  if (kept && (!stored || stored.updatedAt <= kept.updatedAt)) return kept;
  return stored;
}

function newId(): string {
  return crypto.randomUUID();
}

export async function createHighlight(
  database: SummitDatabase,
  input: { talkId: string; color: HighlightColor; selectors: HighlightSelectors; citation: TalkCitation; now?: number },
): Promise<HighlightRecord> {
  const now = input.now ?? Date.now();
  const record: HighlightRecord = {
    id: newId(),
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
  await commit(database, { puts: [{ table: 'highlights', record }] });
  return record;
}

export async function updateHighlight(
  database: SummitDatabase,
  id: string,
  changes: Partial<Pick<HighlightRecord, 'color' | 'note' | 'tags' | 'selectors' | 'talkId'>>,
): Promise<HighlightRecord | null> {
  const existing = await current(database, id);
  if (!existing) return null;
  const record: HighlightRecord = { ...existing, ...changes, updatedAt: Math.max(Date.now(), existing.updatedAt + 1) };
  // Saving a note also discards its draft, in the same transaction.
  const deletes = changes.note !== undefined ? [{ table: 'drafts' as const, key: draftKeyForHighlight(id) }] : [];
  await commit(database, { puts: [{ table: 'highlights', record }], deletes });
  return record;
}

/** Deleting keeps a tombstone with the deletion time, so an undo, restore or merge can see it. */
export async function deleteHighlight(database: SummitDatabase, id: string): Promise<void> {
  const existing = await current(database, id);
  if (!existing || existing.deletedAt !== null) return;
  const now = Math.max(Date.now(), existing.updatedAt + 1);
  await commit(database, {
    puts: [{ table: 'highlights', record: { ...existing, deletedAt: now, updatedAt: now } }],
    deletes: [{ table: 'drafts', key: draftKeyForHighlight(id) }],
  });
}

export async function restoreHighlight(database: SummitDatabase, id: string): Promise<void> {
  const existing = await current(database, id);
  if (!existing || existing.deletedAt === null) return;
  const now = Math.max(Date.now(), existing.updatedAt + 1);
  await commit(database, { puts: [{ table: 'highlights', record: { ...existing, deletedAt: null, updatedAt: now } }] });
}

export async function saveTalkNote(
  database: SummitDatabase,
  input: { talkId: string; text: string; tags: string[]; citation: TalkCitation },
): Promise<void> {
  const existing = await database.talkNotes.get(input.talkId);
  const now = Math.max(Date.now(), (existing?.updatedAt ?? 0) + 1);
  const record: TalkNoteRecord = {
    talkId: input.talkId,
    text: input.text,
    tags: input.tags,
    citation: input.citation,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    deletedAt: input.text.trim() === '' && input.tags.length === 0 ? now : null,
  };
  await commit(database, {
    puts: [{ table: 'talkNotes', record }],
    deletes: [{ table: 'drafts', key: draftKeyForTalk(input.talkId) }],
  });
}

export async function saveDraft(database: SummitDatabase, key: string, text: string, tags: string[]): Promise<void> {
  await commit(database, { puts: [{ table: 'drafts', record: { key, text, tags, updatedAt: Date.now() } }] });
}

export async function discardDraft(database: SummitDatabase, key: string): Promise<void> {
  await commit(database, { deletes: [{ table: 'drafts', key }] });
}

export async function saveReadingState(
  database: SummitDatabase,
  state: Omit<ReadingStateRecord, 'updatedAt'>,
): Promise<void> {
  await commit(database, {
    puts: [
      { table: 'readingState', record: { ...state, updatedAt: Date.now() } },
      { table: 'settings', record: { key: 'lastTalkId', value: state.talkId, updatedAt: Date.now() } },
    ],
  });
}

export async function setRead(database: SummitDatabase, talkId: string, read: boolean): Promise<void> {
  const existing = await database.readingState.get(talkId);
  const record: ReadingStateRecord = {
    talkId,
    blockId: existing?.blockId ?? null,
    progress: read ? 1 : (existing?.progress ?? 0),
    read,
    updatedAt: Date.now(),
  };
  await commit(database, { puts: [{ table: 'readingState', record }] });
}

export async function setSetting(database: SummitDatabase, key: string, value: unknown): Promise<void> {
  await commit(database, { puts: [{ table: 'settings', record: { key, value, updatedAt: Date.now() } }] });
}

export async function getSetting<T>(database: SummitDatabase, key: string): Promise<T | undefined> {
  return (await database.settings.get(key))?.value as T | undefined;
}

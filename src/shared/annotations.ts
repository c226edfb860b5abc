// The reader's own data: highlights, notes, reading state. Plain records, as stored and backed up.

import type { HighlightSelectors } from './anchoring/selectors';

export const HIGHLIGHT_COLORS = ['yellow', 'orange', 'blue', 'green', 'red', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** Each colour's name, so colour is never the only cue (Okabe–Ito names). */
export const HIGHLIGHT_COLOR_NAMES: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  orange: 'Orange',
  blue: 'Sky blue',
  green: 'Bluish green',
  red: 'Vermillion',
  purple: 'Reddish purple',
};

/** Where a highlight came from, kept with it so it can be shown and cited even if its talk goes away. */
export interface TalkCitation {
  talkTitle: string;
  speakers: string[];
  summitYear: number | null;
  sourceTitle: string;
}

export interface HighlightRecord {
  id: string;
  talkId: string;
  color: HighlightColor;
  /** Markdown. */
  note: string;
  tags: string[];
  selectors: HighlightSelectors;
  citation: TalkCitation;
  createdAt: number;
  updatedAt: number;
  /** Set when deleted: the record stays as a tombstone so a later restore or sync can merge. */
  deletedAt: number | null;
  /** Notes written on other computers apart from this one, until the reader picks one (sync). */
  noteConflicts?: string[];
}

export interface TalkNoteRecord {
  talkId: string;
  /** Markdown. */
  text: string;
  tags: string[];
  citation: TalkCitation;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  /** Texts written on other computers apart from this one, until the reader picks one (sync). */
  textConflicts?: string[];
}

export interface ReadingStateRecord {
  talkId: string;
  /** The block the reader was at. */
  blockId: string | null;
  /** How far through the talk, from 0 to 1. */
  progress: number;
  read: boolean;
  updatedAt: number;
}

/** A note being written, saved as the reader types so it survives a crash. */
export interface DraftRecord {
  key: string;
  text: string;
  tags: string[];
  updatedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
  /** When the setting was last changed; older records have none. Not part of backups. */
  updatedAt?: number;
}

/** Tags as the reader types them: comma-separated, trimmed, without "#", unique, in order. */
export function parseTags(input: string): string[] {
  const tags = input
    .split(/[,\n]/)
    .map((tag) => tag.trim().replace(/^#+/, '').trim().toLowerCase())
    .filter((tag) => tag.length > 0 && tag.length <= 64);
  return [...new Set(tags)];
}

export function draftKeyForHighlight(highlightId: string): string {
  return `highlight:${highlightId}`;
}

export function draftKeyForTalk(talkId: string): string {
  return `talk:${talkId}`;
}

/** Whether a record is in use: not deleted (a deletion is kept as a tombstone with its time). */
export function isLive(record: { deletedAt: number | null }): boolean {
  return record.deletedAt === null;
}

/** Whether a note has versions written on other computers waiting for the reader to choose one. */
export function hasVersionsWaiting(record: HighlightRecord | TalkNoteRecord): boolean {
  const others = 'noteConflicts' in record ? record.noteConflicts : (record as TalkNoteRecord).textConflicts;
  return (others?.length ?? 0) > 0;
}

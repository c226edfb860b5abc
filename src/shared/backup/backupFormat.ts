// The backup file's shape: its format marks, limits and record types, the canonical form used to
// compare backups, and the Web Annotation copies it carries. Checking a file is backupParser.ts's
// job, kept apart so that the page loads the schema library only when a backup is opened.

import { readerLinkUrl } from '../links';
import {
  isLive,
  type DraftRecord,
  type HighlightRecord,
  type ReadingStateRecord,
  type SettingRecord,
  type TalkNoteRecord,
} from '../annotations';

export const BACKUP_FORMAT = 'summit-reader-backup';
export const BACKUP_SCHEMA_VERSION = 1;
/** Backups hold text only; anything larger is not one of ours, and is refused before parsing. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

/** Deeper than any backup the app writes; deeper input is refused before it is parsed. */
export const MAX_BACKUP_NESTING = 64;
/** An imported document as a backup carries it. */
export interface BackupDocument {
  fileName: string;
  /** The file's bytes, base64-encoded, exactly as they were imported. */
  base64: string;
  yearOverride: number | 'other' | null;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: typeof BACKUP_SCHEMA_VERSION;
  exportedAt: string;
  highlights: HighlightRecord[];
  talkNotes: TalkNoteRecord[];
  readingState: ReadingStateRecord[];
  drafts: DraftRecord[];
  settings: SettingRecord[];
  webAnnotations?: unknown[];
  importedDocuments?: BackupDocument[];
}
export type BackupParse = { ok: true; backup: Backup } | { ok: false; error: string };
/** How deeply arrays and objects nest in JSON text, counted without parsing it (strings skipped). */
export function nestingDepth(content: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < content.length; index++) {
    const char = content.charCodeAt(index);
    if (inString) {
      if (char === 92) index++;
      else if (char === 34) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 123 || char === 91) deepest = Math.max(deepest, ++depth);
    else if (char === 125 || char === 93) depth--;
  }
  return deepest;
}
/** JSON with object keys sorted, so two backups of the same data compare equal as text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : item,
  );
}
/** The highlights as W3C Web Annotations, with the same quote and position selectors. */
export function toWebAnnotations(highlights: HighlightRecord[]): unknown[] {
  return highlights.filter(isLive).map((record) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:summit-reader:highlight:${record.id}`,
    type: 'Annotation',
    motivation: record.note.trim() ? 'commenting' : 'highlighting',
    created: new Date(record.createdAt).toISOString(),
    modified: new Date(record.updatedAt).toISOString(),
    ...(record.note.trim() ? { body: { type: 'TextualBody', value: record.note, format: 'text/markdown' } } : {}),
    target: {
      source: readerLinkUrl(record.talkId),
      selector: [
        { type: 'TextQuoteSelector', ...record.selectors.quote },
        { type: 'TextPositionSelector', start: record.selectors.position.start, end: record.selectors.position.end },
      ],
    },
  }));
}

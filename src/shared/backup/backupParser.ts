// Checking a backup file strictly before anything is restored from it: a file that fails any
// check changes nothing.

import { z } from 'zod';
import { MAX_DOCUMENT_BASE64_CHARS } from '../limits';
import { utf8ByteLength } from '../utf8';
import { HIGHLIGHT_COLORS } from '../annotations';
import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_NESTING,
  nestingDepth,
  type Backup,
  type BackupDocument,
  type BackupParse,
} from './backupFormat';

const YEAR_MS = 366 * 24 * 60 * 60 * 1000;

const text = (max: number) => z.string().max(max);
// A time far in the future would make its record win every later merge, so it is refused.
const time = z
  .number()
  .int()
  .nonnegative()
  .refine((value) => value <= Date.now() + YEAR_MS, { message: 'is a time more than a year in the future' });
const citation = z.strictObject({
  talkTitle: text(2000),
  speakers: z.array(text(200)).max(50),
  summitYear: z.number().int().min(1990).max(2999).nullable(),
  sourceTitle: text(2000),
});

/** What highlights and talk notes both carry: where they came from, and when they changed. */
const citedAndTimed = { citation, createdAt: time, updatedAt: time, deletedAt: time.nullable() };

const highlight = z.strictObject({
  id: text(200).min(1),
  talkId: text(400).min(1),
  color: z.enum(HIGHLIGHT_COLORS),
  note: text(5_000_000),
  tags: z.array(text(64)).max(200),
  selectors: z.strictObject({
    quote: z.strictObject({ exact: text(1_000_000).min(1), prefix: text(1000), suffix: text(1000) }),
    position: z.strictObject({
      blockId: text(400),
      blockOffset: z.number().int().nonnegative(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    }),
  }),
  ...citedAndTimed,
  noteConflicts: z.array(text(5_000_000)).max(50).optional(),
});

const talkNote = z.strictObject({
  talkId: text(400).min(1),
  text: text(5_000_000),
  tags: z.array(text(64)).max(200),
  ...citedAndTimed,
  textConflicts: z.array(text(5_000_000)).max(50).optional(),
});

const readingState = z.strictObject({
  talkId: text(400).min(1),
  blockId: text(400).nullable(),
  progress: z.number().min(0).max(1),
  read: z.boolean(),
  updatedAt: time,
});

const draft = z.strictObject({
  key: text(500).min(1),
  text: text(5_000_000),
  tags: z.array(text(64)).max(200),
  updatedAt: time,
});
const setting = z.strictObject({ key: text(200).min(1), value: z.json() });
const importedDocument = z.strictObject({
  fileName: text(255).min(1),
  /** The file's bytes, base64-encoded, exactly as they were imported. */
  base64: z
    .string()
    .max(MAX_DOCUMENT_BASE64_CHARS)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  yearOverride: z.union([z.number().int().min(1990).max(2999), z.literal('other')]).nullable(),
}) satisfies z.ZodType<BackupDocument>;

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION),
  exportedAt: z.string().max(64),
  highlights: z.array(highlight).max(200_000),
  talkNotes: z.array(talkNote).max(100_000),
  readingState: z.array(readingState).max(100_000),
  drafts: z.array(draft).max(100_000),
  settings: z.array(setting).max(1000),
  /** W3C Web Annotation copies of the highlights, for other tools; ignored on restore. */
  webAnnotations: z.array(z.json()).max(200_000).optional(),
  importedDocuments: z.array(importedDocument).max(1000).optional(),
});
function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
  return `${path.replace(/^\./, '') || 'the file'}: ${issue.message}`;
}
/** Reads a backup file's text; every failure is a message, and nothing is restored from it. */
export function parseBackup(content: string, byteLength = utf8ByteLength(content)): BackupParse {
  if (byteLength > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      error: `The file is ${(byteLength / 1048576).toFixed(0)} MB; backups are at most ${MAX_BACKUP_BYTES / 1048576} MB.`,
    };
  }
  if (nestingDepth(content) > MAX_BACKUP_NESTING) {
    return {
      ok: false,
      error: `The file is nested more than ${MAX_BACKUP_NESTING} levels deep: it is not a Summit Reader backup.`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    const trimmed = content.trim();
    const looksCut = trimmed.startsWith('{') && !trimmed.endsWith('}');
    return {
      ok: false,
      error: looksCut
        ? 'The file is cut short: it is not a complete backup.'
        : 'The file is not a Summit Reader backup (it is not JSON).',
    };
  }
  if (!value || typeof value !== 'object' || (value as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: 'The file is not a Summit Reader backup.' };
  }
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > BACKUP_SCHEMA_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer Summit Reader (format ${version}); update the app to restore it.`,
    };
  }
  let parsed: ReturnType<typeof backupSchema.safeParse>;
  try {
    parsed = backupSchema.safeParse(value);
  } catch {
    return {
      ok: false,
      error: 'The backup could not be checked (it is too large or too deeply nested), so nothing was restored.',
    };
  }
  if (!parsed.success) {
    const issues = parsed.error.issues;
    return {
      ok: false,
      error: `The backup has ${issues.length} problem${issues.length === 1 ? '' : 's'}, so nothing was restored. First: ${describeIssue(issues[0])}.`,
    };
  }
  const duplicate = firstDuplicate(parsed.data as Backup);
  if (duplicate) return { ok: false, error: `The backup lists ${duplicate} twice, so nothing was restored.` };
  return { ok: true, backup: parsed.data as Backup };
}
/** The first record a backup holds twice, named for the reader; null when every key is unique. */
function firstDuplicate(backup: Backup): string | null {
  const lists: [string, string[]][] = [
    ['highlight', backup.highlights.map((record) => record.id)],
    ['the talk note of', backup.talkNotes.map((record) => record.talkId)],
    ['the reading place of', backup.readingState.map((record) => record.talkId)],
    ['draft', backup.drafts.map((record) => record.key)],
    ['setting', backup.settings.map((record) => record.key)],
  ];
  for (const [label, keys] of lists) {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) return `${label} "${key.slice(0, 80)}"`;
      seen.add(key);
    }
  }
  return null;
}

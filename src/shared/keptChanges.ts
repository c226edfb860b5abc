// Changes the reader made that the database could not take yet, as the page hands them to main to
// hold in a file until the next start. Main checks every one against this schema and a size
// limit, so the file never holds anything but plain records of the reader's own tables.

import { z } from 'zod';
import { utf8ByteLength } from './utf8';

/** The most the held changes may take: far more than a session's kept edits, far less than a disk. */
export const MAX_KEPT_CHANGES_BYTES = 5 * 1024 * 1024;

const KEPT_TABLES = ['highlights', 'talkNotes', 'readingState', 'drafts', 'settings'] as const;

const fields = z.record(z.string().max(100), z.unknown());

export const keptChangeSchema = z.strictObject({
  table: z.enum(KEPT_TABLES),
  key: z.string().min(1).max(1000),
  record: fields.nullable(),
  base: fields.optional(),
  at: z.number().finite().min(0),
});

export const keptChangesSchema = z.array(keptChangeSchema).max(5000);

export type HeldKeptChange = z.infer<typeof keptChangeSchema>;

/** Parses held changes, or says why they are refused. */
export function parseKeptChanges(text: string): { ok: true; changes: HeldKeptChange[] } | { ok: false; error: string } {
  if (utf8ByteLength(text) > MAX_KEPT_CHANGES_BYTES)
    return { ok: false, error: 'The changes waiting to be saved are too large to hold.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The changes waiting to be saved are not valid JSON.' };
  }
  const checked = keptChangesSchema.safeParse(parsed);
  return checked.success
    ? { ok: true, changes: checked.data }
    : { ok: false, error: 'The changes waiting to be saved are not in the expected form.' };
}

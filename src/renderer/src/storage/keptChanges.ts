// Changes the database could not take yet, kept in memory for the reader to retry, and how a kept
// change meets what was stored meanwhile: field by field, the way a synced change merges. A field
// nobody else changed takes the kept value; a field changed elsewhere keeps the later of the two,
// and for a note's text the other stays as another version, so nothing the reader wrote is lost.

import type { TableName } from './writeBatch';

/** One kept change: the newest the reader made to one record. */
export interface KeptChange {
  table: TableName;
  key: string;
  /** The record as the reader left it, or null to delete it. */
  record: object | null;
  /**
   * For a change to a record that existed: the fields the reader changed, as they were before. A
   * change without it (a creation, a whole record) applies only where nothing newer is stored.
   */
  base?: Record<string, unknown>;
  /** When the change was made. */
  at: number;
}

/** What a kept change makes of the stored record: the record to write, null to delete, or skip it. */
export type KeptOutcome =
  | {
      write: object | null;
      fields?: string[];
      /** When fields were really written, where that is not now (a kept text that lost to a later one). */
      walls?: Record<string, number>;
    }
  | 'skip';

/** The text fields that keep another version instead of being replaced, with where the versions go. */
const TEXTS: Partial<Record<TableName, { text: string; others: string }>> = {
  highlights: { text: 'note', others: 'noteConflicts' },
  talkNotes: { text: 'text', others: 'textConflicts' },
};

type Fields = Record<string, unknown>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function timeOf(record: object): number {
  return (record as { updatedAt?: number }).updatedAt ?? 0;
}

/** Keeps the text not shown as another version, unless it is the shown one or already listed. */
function withOtherVersion(record: Fields, others: string, shown: unknown, other: unknown): void {
  const listed = (record[others] as string[] | undefined) ?? [];
  if (typeof other !== 'string' || other === shown || listed.includes(other)) return;
  record[others] = [...listed, other];
}

/** Merges a kept change into the stored record, field by field. */
export function mergeKept(change: KeptChange, stored: object | undefined): KeptOutcome {
  const storedLater = stored !== undefined && timeOf(stored) > change.at;
  if (change.record === null) return storedLater ? 'skip' : { write: null };
  if (!stored) return { write: change.record };
  if (!change.base) return storedLater ? 'skip' : { write: change.record };
  const kept = change.record as Fields;
  const merged: Fields = { ...(stored as Fields) };
  const text = TEXTS[change.table];
  const taken: string[] = [];
  const walls: Record<string, number> = {};
  for (const [name, before] of Object.entries(change.base)) {
    if (name === text?.others) continue;
    const changedElsewhere = !same(merged[name], before);
    if (changedElsewhere && same(merged[name], kept[name])) continue;
    if (changedElsewhere && name === text?.text) {
      // Both wrote the text: the later is shown, the other kept as another version.
      const [shown, other] = storedLater ? [merged[name], kept[name]] : [kept[name], merged[name]];
      merged[name] = shown;
      withOtherVersion(merged, text.others, shown, other);
      taken.push(name, text.others);
      // The kept text goes out as a version of its own, dated when the reader wrote it.
      if (storedLater) walls[text.others] = change.at;
    } else if (!changedElsewhere || !storedLater) {
      merged[name] = kept[name];
      taken.push(name);
    }
  }
  // The reader picked among a text's versions: that choice is kept as made.
  if (text && text.others in change.base && !taken.includes(text.text)) {
    merged[text.others] = kept[text.others];
    taken.push(text.others);
  }
  if (taken.length === 0) return 'skip';
  merged.updatedAt = Math.max(timeOf(stored), change.at);
  return { write: merged, fields: taken, walls };
}

/** Two kept changes to one record as one: the later builds on the earlier, which knew the stored base. */
export function combineKept(earlier: KeptChange, later: KeptChange): KeptChange {
  if (!earlier.base || !later.base || earlier.record === null || later.record === null) return later;
  return { ...later, base: { ...later.base, ...earlier.base } };
}

const pending = new Map<string, KeptChange>();
const pendingListeners = new Set<(count: number) => void>();

function pendingId(table: TableName, key: string): string {
  return `${table}\u0000${key}`;
}

function notifyPending(): void {
  for (const listener of pendingListeners) listener(pending.size);
}

/** Runs `listener` with the number of kept changes whenever it changes. */
export function onPendingChange(listener: (count: number) => void): () => void {
  pendingListeners.add(listener);
  return () => pendingListeners.delete(listener);
}

export function pendingCount(): number {
  return pending.size;
}

export function keptChanges(): KeptChange[] {
  return [...pending.values()];
}

export function keptChange(table: TableName, key: string): KeptChange | undefined {
  return pending.get(pendingId(table, key));
}

/** The record as the reader last left it: the stored one with a kept change merged in. */
export function currentView<T>(table: TableName, key: string, stored: T | undefined): T | undefined {
  const change = keptChange(table, key);
  if (!change) return stored;
  const outcome = mergeKept(change, stored as object | undefined);
  if (outcome === 'skip') return stored;
  return (outcome.write ?? undefined) as T | undefined;
}

export function keep(changes: KeptChange[]): void {
  for (const change of changes) {
    const id = pendingId(change.table, change.key);
    const older = pending.get(id);
    pending.set(id, older ? combineKept(older, change) : change);
  }
  notifyPending();
}

/** Forgets kept changes: saved, skipped, or built into a saved change. */
export function forget(changes: { table: TableName; key: string; at?: number }[]): void {
  let dropped = false;
  for (const change of changes) {
    const id = pendingId(change.table, change.key);
    const older = pending.get(id);
    if (older && (change.at === undefined || older.at <= change.at)) dropped = pending.delete(id) || dropped;
  }
  if (dropped) notifyPending();
}

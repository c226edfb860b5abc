// The document a record becomes for replication, and how two versions of it merge.
//
// Every field carries the clock of its last change and a version vector, so a merge takes, field
// by field, the change made knowing the other, or (for changes made apart) the one with the later
// clock. A deletion is a field like any other: an edit to the note never clears it, and only a
// later explicit restore does. Text fields keep the losing side of a concurrent edit as a
// conflicting version until the reader picks one. Tags are an add/remove set, reading positions
// are kept per device. Fields this version does not know are merged the same way, so they survive.
// The merge is commutative, associative and idempotent: every device reaches the same document.

import { compareHlc, type Hlc } from './hlc';
import { advance, compareVersions, mergeVersions, type VersionVector } from './versionVector';

/** One write of a field: its value, when, and what its device knew. */
export interface FieldWrite {
  value: unknown;
  clock: Hlc;
  version: VersionVector;
}

/**
 * A field: the shown write and the other writes made apart from it (none, usually). Keeping them
 * is what lets any two devices merge in any order and agree; the latest by clock is shown.
 */
export interface VersionedValue extends FieldWrite {
  concurrent?: FieldWrite[];
}

export interface TextVersion {
  value: string;
  clock: Hlc;
  version: VersionVector;
}

export interface VersionedText extends TextVersion {
  /** Versions written apart from the shown one, which the reader has not yet chosen between. */
  conflicts: TextVersion[];
}

export interface TagState {
  added: Hlc | null;
  removed: Hlc | null;
}

export interface DevicePosition {
  blockId: string | null;
  progress: number;
  read: boolean;
  clock: Hlc;
}

export interface SyncDocument {
  /** `<type>:<id>`: one document per record, with ids made on the device and never reused. */
  _id: string;
  type: string;
  fields: Record<string, VersionedValue>;
  texts: Record<string, VersionedText>;
  tags: Record<string, TagState>;
  positions: Record<string, DevicePosition>;
}

function laterClock(a: Hlc | null, b: Hlc | null): Hlc | null {
  if (!a) return b;
  if (!b) return a;
  return compareHlc(a, b) >= 0 ? a : b;
}

function writeKey(write: { value: unknown; clock: Hlc }): string {
  return `${write.clock.wall}.${write.clock.counter}.${write.clock.device}\u0000${JSON.stringify(write.value)}`;
}

/** Latest first: by clock, then by value, so every device orders the same writes the same way. */
function latestFirst(a: FieldWrite, b: FieldWrite): number {
  return compareHlc(b.clock, a.clock) || (writeKey(b) < writeKey(a) ? -1 : writeKey(b) > writeKey(a) ? 1 : 0);
}

/**
 * The writes no other write was made knowing: the same whatever order the writes arrive in, which
 * makes the merge commutative, associative and idempotent.
 */
function latestWrites<T extends FieldWrite>(writes: T[]): T[] {
  const unique = new Map(writes.map((write) => [writeKey(write), write]));
  const all = [...unique.values()];
  return all
    .filter((write) => !all.some((other) => compareVersions(write.version, other.version) === 'before'))
    .sort(latestFirst);
}

function plain<T extends FieldWrite>({ value, clock, version }: T): FieldWrite & { value: T['value'] } {
  return { value, clock, version };
}

export function mergeValue(a: VersionedValue, b: VersionedValue): VersionedValue {
  const [shown, ...others] = latestWrites([a, ...(a.concurrent ?? []), b, ...(b.concurrent ?? [])].map(plain));
  return others.length > 0 ? { ...shown, concurrent: others } : shown;
}

export function mergeText(a: VersionedText, b: VersionedText): VersionedText {
  const [shown, ...others] = latestWrites(
    [a, ...a.conflicts, b, ...b.conflicts].map((write) => plain(write) as TextVersion),
  );
  return { ...shown, conflicts: others.sort((x, y) => latestFirst(y, x)) };
}

/** What a text's conflicts show the reader: each other text once, never the shown one again. */
export function conflictingTexts(text: VersionedText): string[] {
  return [...new Set(text.conflicts.map((conflict) => conflict.value))].filter((value) => value !== text.value);
}

function mergeTag(a: TagState, b: TagState): TagState {
  return { added: laterClock(a.added, b.added), removed: laterClock(a.removed, b.removed) };
}

function mergePosition(a: DevicePosition, b: DevicePosition): DevicePosition {
  return compareHlc(a.clock, b.clock) >= 0 ? a : b;
}

function mergeMaps<T>(a: Record<string, T>, b: Record<string, T>, merge: (x: T, y: T) => T): Record<string, T> {
  const merged: Record<string, T> = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const left = a[key];
    const right = b[key];
    merged[key] = left === undefined ? right : right === undefined ? left : merge(left, right);
  }
  return merged;
}

/** Merges two versions of the same document; the result is the same whichever comes first. */
export function mergeDocuments(a: SyncDocument, b: SyncDocument): SyncDocument {
  if (a._id !== b._id) throw new Error(`Cannot merge ${a._id} with ${b._id}.`);
  return {
    _id: a._id,
    type: a.type,
    fields: mergeMaps(a.fields, b.fields, mergeValue),
    texts: mergeMaps(a.texts, b.texts, mergeText),
    tags: mergeMaps(a.tags, b.tags, mergeTag),
    positions: mergeMaps(a.positions, b.positions, mergePosition),
  };
}

/** Whether a tag is on: added after its last removal. */
export function hasTag(state: TagState): boolean {
  return state.added !== null && (state.removed === null || compareHlc(state.added, state.removed) > 0);
}

/** Sets a field on this device, as a change made knowing its current value. */
export function setField(document: SyncDocument, name: string, value: unknown, clock: Hlc): SyncDocument {
  const current = document.fields[name];
  if (current && !current.concurrent?.length && JSON.stringify(current.value) === JSON.stringify(value))
    return document;
  // Written knowing the shown value and every concurrent one, so it replaces them all.
  const seen = [current?.version ?? {}, ...(current?.concurrent ?? []).map((write) => write.version)].reduce(
    mergeVersions,
    {},
  );
  const version = advance(seen, clock.device);
  return { ...document, fields: { ...document.fields, [name]: { value, clock, version } } };
}

/**
 * Sets a text field on this device. Writing it resolves its conflicts: the reader saw them (or
 * picked one), so the new version is written knowing every one of them.
 */
export function setText(document: SyncDocument, name: string, value: string, clock: Hlc): SyncDocument {
  const current = document.texts[name];
  if (current && current.value === value && current.conflicts.length === 0) return document;
  const seen = [current?.version ?? {}, ...(current?.conflicts ?? []).map((conflict) => conflict.version)].reduce(
    mergeVersions,
    {},
  );
  const version = advance(seen, clock.device);
  return { ...document, texts: { ...document.texts, [name]: { value, clock, version, conflicts: [] } } };
}

/**
 * Keeps `value` as a version of a text written apart from the shown one: a change this device
 * made without seeing the shown text (one kept while the database was closed, merged after).
 * Its version names only itself, so it is concurrent with every other and stays until the
 * reader picks one; the later by clock is shown, as for any edits made apart.
 */
export function keepTextVersion(document: SyncDocument, name: string, value: string, clock: Hlc): SyncDocument {
  const current = document.texts[name];
  if (!current || current.value === value || current.conflicts.some((conflict) => conflict.value === value))
    return document;
  const version = { [`${clock.device}@${clock.wall}.${clock.counter}`]: 1 };
  const conflicts = [...current.conflicts, { value, clock, version }];
  return { ...document, texts: { ...document.texts, [name]: { ...current, conflicts } } };
}

/** Makes the tags exactly `tags`, adding and removing with this device's clock. */
export function setTags(document: SyncDocument, tags: readonly string[], clock: Hlc): SyncDocument {
  const wanted = new Set(tags);
  const next = { ...document.tags };
  for (const tag of wanted)
    if (!next[tag] || !hasTag(next[tag])) next[tag] = { added: clock, removed: next[tag]?.removed ?? null };
  for (const [tag, state] of Object.entries(next))
    if (!wanted.has(tag) && hasTag(state)) next[tag] = { ...state, removed: clock };
  return { ...document, tags: next };
}

export function setPosition(document: SyncDocument, device: string, position: DevicePosition): SyncDocument {
  return { ...document, positions: { ...document.positions, [device]: position } };
}

/** A record's document id, `<type>:<id>`. */
export function documentId(type: string, id: string): string {
  return `${type}:${id}`;
}

/** The record's own id inside a document id. */
export function recordIdOf(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

export function emptyDocument(type: string, id: string): SyncDocument {
  return { _id: documentId(type, id), type, fields: {}, texts: {}, tags: {}, positions: {} };
}

/** The tags that are on, sorted. */
export function liveTags(document: SyncDocument): string[] {
  return Object.entries(document.tags)
    .filter(([, state]) => hasTag(state))
    .map(([tag]) => tag)
    .sort();
}

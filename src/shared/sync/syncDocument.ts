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
import { advance, compareVersions, isCoveredBy, mergeVersions, type VersionVector } from './versionVector';

export interface VersionedValue {
  value: unknown;
  clock: Hlc;
  version: VersionVector;
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

/** The value to keep of two: the one made knowing the other, else the later by clock. */
function pick<T extends { clock: Hlc; version: VersionVector }>(a: T, b: T): { winner: T; loser: T | null } {
  const relation = compareVersions(a.version, b.version);
  if (relation === 'after') return { winner: a, loser: null };
  if (relation === 'before') return { winner: b, loser: null };
  const aWins = compareHlc(a.clock, b.clock) >= 0;
  return relation === 'same'
    ? { winner: aWins ? a : b, loser: null }
    : aWins
      ? { winner: a, loser: b }
      : { winner: b, loser: a };
}

export function mergeValue(a: VersionedValue, b: VersionedValue): VersionedValue {
  const { winner } = pick(a, b);
  return { ...winner, version: mergeVersions(a.version, b.version) };
}

function byClock(a: TextVersion, b: TextVersion): number {
  return compareHlc(a.clock, b.clock) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

export function mergeText(a: VersionedText, b: VersionedText): VersionedText {
  const { winner, loser } = pick(a, b);
  const candidates = [...a.conflicts, ...b.conflicts, ...(loser ? [loser] : [])].map(
    ({ value, clock, version }): TextVersion => ({ value, clock, version }),
  );
  // A version stays in conflict until a version written knowing it is kept; each is listed once.
  const supersedes = (later: TextVersion, earlier: TextVersion): boolean =>
    compareVersions(earlier.version, later.version) === 'before';
  const conflicts = new Map<string, TextVersion>();
  for (const candidate of candidates.sort(byClock)) {
    if (candidate.value === winner.value || isCoveredBy(candidate.version, winner.version)) continue;
    if (candidates.some((other) => supersedes(other, candidate))) continue;
    conflicts.set(`${candidate.value}\u0000${canonicalClock(candidate.clock)}`, candidate);
  }
  // The shown version keeps its own vector: the conflicts were written apart from it.
  return { value: winner.value, clock: winner.clock, version: winner.version, conflicts: [...conflicts.values()] };
}

function canonicalClock(clock: Hlc): string {
  return `${clock.wall}.${clock.counter}.${clock.device}`;
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
  if (current && JSON.stringify(current.value) === JSON.stringify(value)) return document;
  const version = advance(current?.version ?? {}, clock.device);
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

export function emptyDocument(type: string, id: string): SyncDocument {
  return { _id: `${type}:${id}`, type, fields: {}, texts: {}, tags: {}, positions: {} };
}

/** The tags that are on, sorted. */
export function liveTags(document: SyncDocument): string[] {
  return Object.entries(document.tags)
    .filter(([, state]) => hasTag(state))
    .map(([tag]) => tag)
    .sort();
}

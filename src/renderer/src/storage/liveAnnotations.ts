// One shared, always-current copy of the reader's annotations, for the views that need all of them
// at once: the library's activity, notes in search, the notebook and the automatic backup. The
// tables are read whole once; after that each write re-reads only the records it changed, found
// from Dexie's change notifications, so a keystroke in a note never re-reads every highlight.
// A read that fails (after the reopen and retries of `readStored`) is never passed off as "no
// annotations" or left as a silently stale copy: it is reported to the one view that tells the
// reader, who can try again.

import Dexie, { type IntervalTree, type IntervalTreeNode, type ObservabilitySet } from 'dexie';
import { useSyncExternalStore } from 'react';
import type { DraftRecord, HighlightRecord, ReadingStateRecord, TalkNoteRecord } from '../../../shared/annotations';
import { db, tableMutated } from './db';
import { readStored } from './reads';

export interface LiveAnnotations {
  highlights: ReadonlyMap<string, HighlightRecord>;
  talkNotes: ReadonlyMap<string, TalkNoteRecord>;
  readingState: ReadonlyMap<string, ReadingStateRecord>;
  drafts: ReadonlyMap<string, DraftRecord>;
}

type TrackedTable = keyof LiveAnnotations;
const TRACKED: TrackedTable[] = ['highlights', 'talkNotes', 'readingState', 'drafts'];

let current: LiveAnnotations | null = null;
const listeners = new Set<() => void>();
/** Refreshes run one after another, so a later change is never overwritten by an earlier read. */
let queue: Promise<void> = Promise.resolve();

async function readTable(table: TrackedTable): Promise<Map<string, never>> {
  const records = (await db().table(table).toArray()) as never[];
  const keyPath = db().table(table).schema.primKey.keyPath as string;
  return new Map(records.map((record) => [String((record as Record<string, unknown>)[keyPath]), record]));
}

async function readAll(): Promise<LiveAnnotations> {
  return readStored(async () => {
    const [highlights, talkNotes, readingState, drafts] = await Promise.all(TRACKED.map(readTable));
    return { highlights, talkNotes, readingState, drafts };
  });
}

type FailureListener = (message: string | null) => void;
const failureListeners = new Set<FailureListener>();
let failure: string | null = null;

function setFailure(next: string | null): void {
  failure = next;
  for (const listener of failureListeners) listener(next);
}

/** Runs `listener` with what could not be read (null once it has been read); returns the stop. */
export function onLiveAnnotationsFailure(listener: FailureListener): () => void {
  failureListeners.add(listener);
  listener(failure);
  return () => failureListeners.delete(listener);
}

function describeFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : 'Error';
  return `Your highlights and notes could not be read (${name}). Nothing was changed; try again, or restart the app.`;
}

/** Reads the tables whole into the shared copy, reporting a failure instead of showing nothing. */
async function reload(): Promise<void> {
  try {
    current = await readAll();
    setFailure(null);
    for (const listener of listeners) listener();
  } catch (error) {
    setFailure(describeFailure(error));
  }
}

/** Reads everything again after a failure; resolves once the attempt has ended. */
export function retryLiveAnnotations(): Promise<void> {
  queue = queue.then(reload);
  return queue;
}

/** The changed keys of a table, or 'all' when a range changed (a clear, a restore). */
function changedKeys(parts: ObservabilitySet, table: TrackedTable): string[] | 'all' | null {
  const changed = tableMutated(parts, table);
  if (!changed) return null;
  const ranges: IntervalTreeNode[] = [];
  const walk = (tree: IntervalTree | null | undefined): void => {
    if (!tree || !('from' in tree)) return;
    walk(tree.l);
    ranges.push(tree);
    walk(tree.r);
  };
  walk(changed);
  const keys: string[] = [];
  for (const range of ranges) {
    if (typeof range.from !== 'string' || range.from !== range.to) return 'all';
    keys.push(range.from);
  }
  return keys;
}

async function refresh(parts: ObservabilitySet): Promise<void> {
  if (!current) return;
  const next = { ...current };
  let changed = false;
  for (const table of TRACKED) {
    const keys = changedKeys(parts, table);
    if (keys === null) continue;
    changed = true;
    if (keys === 'all') {
      next[table] = await readTable(table);
      continue;
    }
    const records = await db().table(table).bulkGet(keys);
    const map = new Map(current[table] as Map<string, unknown>);
    keys.forEach((key, index) => (records[index] === undefined ? map.delete(key) : map.set(key, records[index])));
    next[table] = map as never;
  }
  if (!changed) return;
  current = next;
  for (const listener of listeners) listener();
}

/** A change read in part; if that read fails, the whole copy is read again rather than left stale. */
function onMutated(parts: ObservabilitySet): void {
  queue = queue.then(() => refresh(parts)).catch(reload);
}

function start(): void {
  Dexie.on('storagemutated', onMutated);
  queue = queue.then(reload);
}

/** Runs `listener` after every change to the shared copy; the first subscriber starts it. */
export function subscribeLiveAnnotations(listener: () => void): () => void {
  if (listeners.size === 0 && current === null) start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Every highlight, talk note, reading place and draft, tombstones included; undefined while loading. */
export function useLiveAnnotations(): LiveAnnotations | undefined {
  return useSyncExternalStore(subscribeLiveAnnotations, liveAnnotationsNow);
}

/** The shared copy as it is now; undefined until the first read finishes. */
export function liveAnnotationsNow(): LiveAnnotations | undefined {
  return current ?? undefined;
}

/** Forgets the shared copy (tests that switch databases). */
export function resetLiveAnnotationsForTests(): void {
  Dexie.on('storagemutated').unsubscribe(onMutated);
  current = null;
  failure = null;
}

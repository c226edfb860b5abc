// The bridge between the reader's tables and the sync replica: changes named in the outbox become
// changes to only the fields that changed in their documents; a round of replication runs through
// the shared merge and resolver; documents that changed elsewhere come back as records, written
// without echoing into the outbox. Dexie stays the source the views read.

import Dexie, { type ObservabilitySet } from 'dexie';
import type { Hlc } from '../../../shared/sync/hlc';
import {
  highlightDocument,
  highlightFromDocument,
  readingDocument,
  readingFromDocument,
  talkNoteDocument,
  talkNoteFromDocument,
  type FieldClocks,
} from '../../../shared/sync/recordDocuments';
import { canonicalJson, type StoredRevision } from '../../../shared/sync/resolveConflicts';
import { recordIdOf, type SyncDocument } from '../../../shared/sync/syncDocument';
import { conflictedIds, syncRound } from '../../../shared/sync/syncRound';
import { db, tableMutated, type OutboxEntry } from './db';
import { tickIn } from './syncClock';
import { applySyncedRecord, markSent, SYNCED_TABLES, type SyncedTable } from './writes';

/** The parts of a PouchDB database the bridge uses. */
export interface SyncReplica {
  get(id: string, options?: { rev?: string; conflicts?: boolean; revs?: boolean }): Promise<StoredRevision>;
  put(document: object): Promise<unknown>;
  bulkDocs(documents: object[], options: { new_edits: false }): Promise<unknown>;
  allDocs(options: { include_docs: true; conflicts: true }): Promise<{ rows: { id: string; doc?: StoredRevision }[] }>;
  changes(options: { since: number | string; include_docs: true }): Promise<{
    results: { id: string; doc?: StoredRevision }[];
    last_seq: number | string;
  }>;
  replicate: { to(target: unknown): Promise<unknown>; from(source: unknown): Promise<unknown> };
}

export interface SyncOutcome {
  sent: number;
  received: number;
  resolved: number;
}

const STATE = { seq: 'appliedSeq' } as const;

async function state<T>(key: string): Promise<T | undefined> {
  return (await db().syncState.get(key))?.value as T | undefined;
}

async function setState(key: string, value: unknown): Promise<void> {
  await db().syncState.put({ key, value });
}

/** The next reading of this device's clock, taken in a transaction of its own. */
async function tickClock(): Promise<Hlc> {
  const database = db();
  return database.transaction('rw', database.syncState, () => tickIn(database));
}

async function readDocument(replica: SyncReplica, id: string): Promise<(SyncDocument & { _rev: string }) | null> {
  try {
    return await replica.get(id);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

/** How each synced table's records become documents and come back. */
const KINDS: Record<
  SyncedTable,
  {
    toDocument: (record: never, current: SyncDocument | null, clock: Hlc, clocks: FieldClocks) => SyncDocument;
    fromDocument: (document: SyncDocument) => object | null;
  }
> = {
  highlights: { toDocument: highlightDocument, fromDocument: highlightFromDocument },
  talkNotes: { toDocument: talkNoteDocument, fromDocument: talkNoteFromDocument },
  readingState: { toDocument: readingDocument, fromDocument: readingFromDocument },
};

function tableOf(document: SyncDocument): SyncedTable | null {
  const tables = Object.keys(SYNCED_TABLES) as SyncedTable[];
  return tables.find((table) => SYNCED_TABLES[table] === document.type) ?? null;
}

function toDocument(entry: OutboxEntry, record: object, current: SyncDocument | null, clock: Hlc): SyncDocument {
  return KINDS[entry.table].toDocument(record as never, current, clock, entry.clocks ?? {});
}

function fromDocument(document: SyncDocument): { table: SyncedTable; record: object } | null {
  const table = tableOf(document);
  const record = table && KINDS[table].fromDocument(document);
  return table && record ? { table, record } : null;
}

function pick(record: object, fields: string[]): object {
  return Object.fromEntries(fields.map((name) => [name, (record as Record<string, unknown>)[name]]));
}

export class SyncBridge {
  constructor(
    private readonly local: SyncReplica,
    private readonly remote: unknown,
  ) {}

  /**
   * Turns every outbox entry into document changes on the replica, each stamped with the clock
   * reading taken when the reader made it; an entry changed meanwhile stays.
   */
  async flushOutbox(): Promise<number> {
    let sent = 0;
    const entries = (await db().outbox.toArray()).sort((x, y) => x.at - y.at);
    for (const entry of entries) {
      const record = await db().table(entry.table).get(entry.key);
      if (record) {
        const current = await readDocument(this.local, entry.docId);
        // An entry written by an earlier version has no stamp: it takes the next reading now.
        const clock = entry.clock ?? (await tickClock());
        // Only the fields the reader changed here are sent; the rest stay as the document has them,
        // so a change that arrived but is not yet in the tables is never overwritten.
        const shown = current && entry.fields ? fromDocument(current)?.record : null;
        const changed = shown && entry.fields ? { ...shown, ...pick(record, entry.fields) } : record;
        const next = toDocument(entry, changed, current, clock);
        if (next !== current) {
          await this.local.put({ ...next, ...(current ? { _rev: current._rev } : {}) });
          sent++;
        }
      }
      await markSent(entry);
    }
    return sent;
  }

  /** Writes into the tables every document that changed on the replica since the last time. */
  async applyRemote(): Promise<number> {
    const since = (await state<number | string>(STATE.seq)) ?? 0;
    const { results, last_seq } = await this.local.changes({ since, include_docs: true });
    let received = 0;
    for (const change of results) {
      if (!change.doc || change.doc._deleted) continue;
      const mapped = fromDocument(change.doc);
      if (!mapped) continue;
      const stored = await db().table(mapped.table).get(recordIdOf(change.id));
      // updatedAt is for display only: a record that differs in nothing else is left as it is.
      if (stored && canonicalJson({ ...stored, updatedAt: 0 }) === canonicalJson({ ...mapped.record, updatedAt: 0 }))
        continue;
      if (await applySyncedRecord(mapped.table, mapped.record as never)) received++;
    }
    await setState(STATE.seq, last_seq);
    return received;
  }

  /** One full round: send local changes, replicate and resolve, take in what came back. */
  async syncNow(): Promise<SyncOutcome> {
    const sent = await this.flushOutbox();
    const { resolved } = await syncRound({
      local: this.local,
      pull: async () => void (await this.local.replicate.from(this.remote)),
      push: async () => void (await this.local.replicate.to(this.remote)),
      conflictedIds: () => conflictedIds(this.local),
    });
    const received = await this.applyRemote();
    return { sent, received, resolved: resolved.length };
  }
}

/** How many changes made at or before `time` are still waiting to be sent. */
export async function changesWaitingSince(time: number): Promise<number> {
  return db()
    .outbox.filter((entry) => (entry.since ?? entry.at) <= time)
    .count();
}

/** Whether the reader has sync switched on (it stays signed in while off). */
export async function syncEnabled(): Promise<boolean> {
  return (await state<boolean>('enabled')) === true;
}

export async function setSyncEnabled(enabled: boolean): Promise<void> {
  await setState('enabled', enabled);
}

/** Runs `listener` whenever a change is named in the outbox, in this window or another. */
export function onOutboxChange(listener: () => void): () => void {
  const onMutated = (parts: ObservabilitySet): void => {
    if (tableMutated(parts, 'outbox')) listener();
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on('storagemutated').unsubscribe(onMutated);
}

// One round of replication for a device: bring the server's changes in, merge any document that
// now has concurrent revisions (the same way on every device), then send everything back out.

import { resolveConflicts, type RevisionStore } from './resolveConflicts';

export interface SyncEndpoint {
  /** The device's own replica. */
  local: RevisionStore;
  /** Copies the server's new revisions to the device. */
  pull(): Promise<void>;
  /** Copies the device's new revisions to the server. */
  push(): Promise<void>;
  /** Ids of the device's documents that have more than one open revision. */
  conflictedIds(): Promise<string[]>;
}

/** The part of a replica that lists its documents with their open revisions. */
export interface ConflictListing {
  allDocs(options: { include_docs: true; conflicts: true }): Promise<{
    rows: { id: string; doc?: { _conflicts?: string[] } }[];
  }>;
}

/** Ids of the documents that have more than one open revision. */
export async function conflictedIds(store: ConflictListing): Promise<string[]> {
  const { rows } = await store.allDocs({ include_docs: true, conflicts: true });
  return rows.filter((row) => (row.doc?._conflicts?.length ?? 0) > 0).map((row) => row.id);
}

export interface RoundResult {
  /** Documents whose concurrent revisions were merged in this round. */
  resolved: string[];
}

export async function syncRound(endpoint: SyncEndpoint): Promise<RoundResult> {
  await endpoint.pull();
  const resolved: string[] = [];
  for (const id of await endpoint.conflictedIds()) {
    if (await resolveConflicts(endpoint.local, id)) resolved.push(id);
  }
  await endpoint.push();
  return { resolved };
}

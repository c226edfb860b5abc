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

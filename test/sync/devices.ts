// Test support: devices, each with its own PouchDB replica (in memory), its own clock (which may be
// skewed) and the app's real merge and resolver, syncing through a real server.

import { createRequire } from 'node:module';
import { canonicalJson, type RevisionStore, type StoredRevision } from '../../src/shared/sync/resolveConflicts';
import { tick, ZERO_HLC, type Hlc } from '../../src/shared/sync/hlc';
import { emptyDocument, type SyncDocument } from '../../src/shared/sync/syncDocument';
import { conflictedIds, syncRound, type RoundResult } from '../../src/shared/sync/syncRound';

interface PouchDatabase extends RevisionStore {
  put(document: object): Promise<{ rev: string }>;
  allDocs(options: { include_docs: true; conflicts: true }): Promise<{
    rows: { id: string; doc?: StoredRevision }[];
  }>;
  replicate: {
    to(target: PouchDatabase | string): Promise<unknown>;
    from(source: PouchDatabase | string): Promise<unknown>;
  };
  destroy(): Promise<unknown>;
}

type PouchConstructor = (new (name: string, options?: object) => PouchDatabase) & {
  plugin(plugin: unknown): PouchConstructor;
};

const require = createRequire(import.meta.url);
const PouchDB = (require('pouchdb') as PouchConstructor).plugin(require('pouchdb-adapter-memory'));

let counter = 0;

export class Device {
  readonly db: PouchDatabase;
  private clock: Hlc = ZERO_HLC;
  /** How far this device's wall clock is off, in milliseconds. */
  skew = 0;

  constructor(
    readonly id: string,
    private readonly serverDatabase: string,
  ) {
    this.db = new PouchDB(`device-${id}-${Date.now()}-${counter++}`, { adapter: 'memory' });
  }

  private nextClock(): Hlc {
    this.clock = tick(this.clock, Date.now() + this.skew, this.id);
    return this.clock;
  }

  async read(id: string): Promise<(SyncDocument & { _rev?: string }) | null> {
    try {
      return await this.db.get(id, {});
    } catch {
      return null;
    }
  }

  /** Changes one document as the app would: on top of this device's copy, with this device's clock. */
  async edit(type: string, id: string, change: (document: SyncDocument, clock: Hlc) => SyncDocument): Promise<void> {
    const existing = await this.read(`${type}:${id}`);
    const changed = change(existing ?? emptyDocument(type, id), this.nextClock());
    await this.db.put({ ...changed, ...(existing?._rev ? { _rev: existing._rev } : {}) });
  }

  async sync(): Promise<RoundResult> {
    return syncRound({
      local: this.db,
      pull: async () => void (await this.db.replicate.from(this.serverDatabase)),
      push: async () => void (await this.db.replicate.to(this.serverDatabase)),
      conflictedIds: () => conflictedIds(this.db),
    });
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** Every live document's content and open conflicts, keyed by id, in a comparable form. */
export async function snapshot(database: PouchDatabase | string): Promise<Record<string, string>> {
  const source = typeof database === 'string' ? new PouchDB(database) : database;
  const { rows } = await source.allDocs({ include_docs: true, conflicts: true });
  return Object.fromEntries(
    rows
      .filter((row) => row.doc)
      .map((row) => {
        const { _rev, _conflicts, ...content } = row.doc as StoredRevision;
        void _rev;
        return [row.id, canonicalJson({ content, conflicts: _conflicts ?? [] })];
      }),
  );
}

export function remoteDatabase(url: string): PouchDatabase {
  return new PouchDB(url);
}

// Resolves a document's concurrent revisions the way every device would: merge them all, write the
// merge as the winner's child and close each other branch, with revision ids derived from the
// content. Two devices resolving the same conflict write the same revisions, so replication
// sees nothing new and revisions stay bounded. Closing a branch is CouchDB's own bookkeeping;
// a reader's deletion is never a revision deletion but the document's `deletedAt` field.

import { shortHash } from '../hash';
import { mergeDocuments, type SyncDocument } from './syncDocument';

/** A stored revision as the replication store returns it. */
export type StoredRevision = SyncDocument & {
  _rev: string;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
  _deleted?: boolean;
};

/** The part of a PouchDB database the resolver uses. */
export interface RevisionStore {
  get(id: string, options: { rev?: string; conflicts?: boolean; revs?: boolean }): Promise<StoredRevision>;
  bulkDocs(documents: object[], options: { new_edits: false }): Promise<unknown>;
}

/** Object keys in sorted order at every depth, so equal content always prints the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** A 128-bit hex id from content: four differently salted 32-bit hashes. */
function contentId(text: string): string {
  return ['a', 'b', 'c', 'd'].map((salt) => shortHash(`${salt}${text}`)).join('');
}

function generation(rev: string): number {
  return Number(rev.slice(0, rev.indexOf('-')));
}

function content(document: SyncDocument): SyncDocument {
  const { _id, type, fields, texts, tags, positions } = document;
  return { _id, type, fields, texts, tags, positions };
}

/** The ancestry of a revision, newest first, as `_revisions` wants it with one more on top. */
function withChild(parent: StoredRevision, childRev: string): { start: number; ids: string[] } {
  const ancestry = parent._revisions ?? { start: generation(parent._rev), ids: [parent._rev.split('-')[1]] };
  return { start: ancestry.start + 1, ids: [childRev.split('-')[1], ...ancestry.ids] };
}

/**
 * Merges every open revision of `id` into one. Returns the merged document, or null when there
 * was nothing to resolve.
 */
export async function resolveConflicts(store: RevisionStore, id: string): Promise<SyncDocument | null> {
  const current = await store.get(id, { conflicts: true });
  const others = current._conflicts ?? [];
  if (others.length === 0) return null;
  const leaves = await Promise.all([current._rev, ...others].sort().map((rev) => store.get(id, { rev, revs: true })));
  const merged = leaves.map(content).reduce(mergeDocuments);
  const leafRevs = leaves.map((leaf) => leaf._rev).sort();
  // The branch to continue: the highest revision, as CouchDB picks its winner.
  const winner = [...leaves].sort((a, b) => generation(b._rev) - generation(a._rev) || (a._rev < b._rev ? 1 : -1))[0];
  const mergedRev = `${generation(winner._rev) + 1}-${contentId(canonicalJson(merged) + leafRevs.join(','))}`;
  const writes: object[] = [{ ...merged, _rev: mergedRev, _revisions: withChild(winner, mergedRev) }];
  for (const leaf of leaves) {
    if (leaf._rev === winner._rev) continue;
    const closedRev = `${generation(leaf._rev) + 1}-${contentId(`closed:${leaf._rev}:${mergedRev}`)}`;
    writes.push({ _id: id, _rev: closedRev, _deleted: true, _revisions: withChild(leaf, closedRev) });
  }
  await store.bulkDocs(writes, { new_edits: false });
  return merged;
}

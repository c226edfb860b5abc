// The server's replication answers, cut down to what PouchDB reads and to the app's own kinds of
// document: whatever else the server holds (design documents, other records) never reaches the
// page. Pure, so each is tested with plain values.

import {
  isSyncDocumentId,
  type SyncBulkDocsResult,
  type SyncBulkGet,
  type SyncChange,
  type SyncChanges,
  type SyncInfo,
  type SyncRevsDiff,
} from '../../shared/sync/syncApi';
import { SyncFailure } from './syncHttp';

const NOT_UNDERSTOOD = 'The sync server’s answer was not understood (it is not a CouchDB server?).';

type Json = Record<string, unknown>;

function object(value: unknown): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new SyncFailure(NOT_UNDERSTOOD);
  return value as Json;
}

function array(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new SyncFailure(NOT_UNDERSTOOD);
  return value;
}

function sequence(value: unknown): string | number {
  if (typeof value === 'number' || (typeof value === 'string' && value.length <= 4096)) return value;
  throw new SyncFailure(NOT_UNDERSTOOD);
}

function text(value: unknown, max = 300): string | undefined {
  return typeof value === 'string' ? value.slice(0, max) : undefined;
}

export function infoAnswer(server: unknown, database: unknown): SyncInfo {
  const db = object(database);
  const uuid = server !== null && typeof server === 'object' ? (server as Json).uuid : undefined;
  return {
    uuid: typeof uuid === 'string' && /^[\w-]{1,100}$/.test(uuid) ? uuid : null,
    database: {
      db_name: text(db.db_name) ?? '',
      update_seq: sequence(db.update_seq ?? 0),
      doc_count: typeof db.doc_count === 'number' ? db.doc_count : null,
    },
  };
}

export function changesAnswer(answer: unknown): SyncChanges {
  const body = object(answer);
  const results: SyncChange[] = [];
  for (const item of array(body.results)) {
    const change = object(item);
    if (typeof change.id !== 'string' || !isSyncDocumentId(change.id)) continue;
    const revisions = array(change.changes)
      .map((entry) => text(object(entry).rev, 80))
      .filter((rev): rev is string => rev !== undefined)
      .map((rev) => ({ rev }));
    results.push({
      id: change.id,
      seq: sequence(change.seq),
      changes: revisions,
      ...(change.deleted === true ? { deleted: true as const } : {}),
    });
  }
  return {
    results,
    last_seq: sequence(body.last_seq),
    ...(typeof body.pending === 'number' ? { pending: body.pending } : {}),
  };
}

export function revsDiffAnswer(answer: unknown): SyncRevsDiff {
  const diff: SyncRevsDiff = {};
  for (const [id, value] of Object.entries(object(answer))) {
    if (!isSyncDocumentId(id)) continue;
    const entry = object(value);
    const strings = (list: unknown): string[] =>
      array(list ?? []).filter((rev): rev is string => typeof rev === 'string');
    diff[id] = {
      missing: strings(entry.missing),
      ...(entry.possible_ancestors ? { possible_ancestors: strings(entry.possible_ancestors) } : {}),
    };
  }
  return diff;
}

export function bulkGetAnswer(answer: unknown): SyncBulkGet {
  const results: SyncBulkGet['results'] = [];
  for (const item of array(object(answer).results)) {
    const result = object(item);
    if (typeof result.id !== 'string' || !isSyncDocumentId(result.id)) continue;
    const docs = array(result.docs).map((entry) => {
      const doc = object(entry);
      if (doc.ok !== undefined) {
        const found = object(doc.ok);
        if (found._id !== result.id) throw new SyncFailure(NOT_UNDERSTOOD);
        return { ok: found };
      }
      const error = object(doc.error);
      return {
        error: { id: text(error.id), rev: text(error.rev), error: text(error.error), reason: text(error.reason) },
      };
    });
    results.push({ id: result.id, docs });
  }
  return { results };
}

export function bulkDocsAnswer(answer: unknown): SyncBulkDocsResult {
  return array(answer).map((item) => {
    const result = object(item);
    return {
      id: text(result.id) ?? '',
      ...(result.ok === true ? { ok: true as const } : {}),
      ...(typeof result.rev === 'string' ? { rev: text(result.rev, 80) } : {}),
      ...(typeof result.error === 'string' ? { error: text(result.error), reason: text(result.reason) } : {}),
    };
  });
}

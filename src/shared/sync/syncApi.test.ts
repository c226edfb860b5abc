// The replication operations' arguments: the app's own documents pass; design documents, other
// underscore ids, attachments, paths in checkpoint names and oversized batches are refused.

import { describe, expect, it } from 'vitest';
import { MAX_SYNC_BATCH, syncOperationArgs, utf8Length } from './syncApi';

const revisions = { start: 1, ids: ['abc123'] };
const doc = (fields: object) => ({ _id: 'highlight:h1', _rev: '1-abc123', _revisions: revisions, ...fields });

describe('replication operation arguments', () => {
  it('accept what PouchDB sends while replicating', () => {
    expect(
      syncOperationArgs.bulkDocs.safeParse([{ docs: [doc({ type: 'highlight' })], new_edits: false }]).success,
    ).toBe(true);
    expect(syncOperationArgs.bulkDocs.safeParse([{ docs: [doc({ _deleted: true })], new_edits: false }]).success).toBe(
      true,
    );
    expect(syncOperationArgs.readCheckpoint.safeParse(['_local/4g.URDH53Q2lc_tXojIqJg==']).success).toBe(true);
    expect(syncOperationArgs.changes.safeParse([{ since: '12-g1AAAA_x', limit: 100 }]).success).toBe(true);
    expect(syncOperationArgs.revsDiff.safeParse([{ 'talkNote:t1': ['2-ff'] }]).success).toBe(true);
    expect(syncOperationArgs.bulkGet.safeParse([{ docs: [{ id: 'readingState:talk-1', rev: '1-ab' }] }]).success).toBe(
      true,
    );
  });

  it.each([
    ['a design document', [{ docs: [doc({ _id: '_design/x' })], new_edits: false }]],
    ['the security object', [{ docs: [doc({ _id: '_security' })], new_edits: false }]],
    ['a user document', [{ docs: [doc({ _id: 'org.couchdb.user:ann' })], new_edits: false }]],
    ['an attachment', [{ docs: [doc({ _attachments: { a: { data: 'eA==' } } })], new_edits: false }]],
    ['a write that makes new revisions', [{ docs: [doc({})], new_edits: true }]],
    ['too many documents', [{ docs: Array.from({ length: MAX_SYNC_BATCH + 1 }, () => doc({})), new_edits: false }]],
  ])('refuse %s in _bulk_docs', (_name, args) => {
    expect(syncOperationArgs.bulkDocs.safeParse(args).success).toBe(false);
  });

  it.each(['_design/x', '_local/../../_config', '_local/a/b', '_security', 'highlight:h1'])(
    'refuse the checkpoint name %s',
    (id) => {
      expect(syncOperationArgs.readCheckpoint.safeParse([id]).success).toBe(false);
      expect(syncOperationArgs.writeCheckpoint.safeParse([{ _id: id }]).success).toBe(false);
    },
  );

  it('refuse design documents in reads, and queries other than a sequence and a limit', () => {
    expect(syncOperationArgs.bulkGet.safeParse([{ docs: [{ id: '_design/x', rev: '1-ab' }] }]).success).toBe(false);
    expect(syncOperationArgs.revsDiff.safeParse([{ '_design/x': ['1-ab'] }]).success).toBe(false);
    expect(syncOperationArgs.changes.safeParse([{ since: 0, limit: 10, include_docs: true }]).success).toBe(false);
    expect(syncOperationArgs.changes.safeParse([{ since: '0&filter=_view', limit: 10 }]).success).toBe(false);
  });

  it('counts bytes as UTF-8 does', () => {
    expect(utf8Length('aé€😀')).toBe(new TextEncoder().encode('aé€😀').byteLength);
  });
});

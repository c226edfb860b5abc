// The server's answers reach the page cut down to the app's own documents.

import { describe, expect, it } from 'vitest';
import { bulkGetAnswer, changesAnswer, infoAnswer, revsDiffAnswer } from './replicationAnswers';

describe('replication answers', () => {
  it('leave out design documents and anything not of the app’s kinds', () => {
    const changes = changesAnswer({
      results: [
        { id: '_design/x', seq: 1, changes: [{ rev: '1-a' }] },
        { id: 'org.couchdb.user:ann', seq: 2, changes: [{ rev: '1-b' }] },
        { id: 'highlight:h1', seq: 3, changes: [{ rev: '1-c' }], doc: { secret: 1 } },
      ],
      last_seq: 3,
    });
    expect(changes).toEqual({ results: [{ id: 'highlight:h1', seq: 3, changes: [{ rev: '1-c' }] }], last_seq: 3 });
    expect(revsDiffAnswer({ '_design/x': { missing: ['1-a'] }, 'talkNote:t': { missing: ['1-b'] } })).toEqual({
      'talkNote:t': { missing: ['1-b'] },
    });
    expect(
      bulkGetAnswer({
        results: [
          { id: '_design/x', docs: [{ ok: { _id: '_design/x' } }] },
          { id: 'highlight:h1', docs: [{ ok: { _id: 'highlight:h1', type: 'highlight' } }] },
        ],
      }).results.map((result) => result.id),
    ).toEqual(['highlight:h1']);
  });

  it('keep only the server’s uuid and the database’s sequence', () => {
    expect(
      infoAnswer(
        { uuid: 'abc-1', vendor: { name: 'x' }, couchdb: 'Welcome' },
        { db_name: 'ann', update_seq: 4, doc_count: 2, sizes: {}, instance_start_time: '0' },
      ),
    ).toEqual({ uuid: 'abc-1', database: { db_name: 'ann', update_seq: 4, doc_count: 2 } });
  });

  it('refuse answers that are not what a CouchDB sends, in words', () => {
    expect(() => changesAnswer('<html>')).toThrow('not understood');
    expect(() => bulkGetAnswer({ results: [{ id: 'highlight:h1', docs: [{ ok: { _id: 'highlight:h2' } }] }] })).toThrow(
      'not understood',
    );
  });
});

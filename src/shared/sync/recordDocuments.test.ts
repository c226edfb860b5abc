// Records to synced documents and back: only changed fields get new versions, a round trip gives
// the record back, and reading places never move backwards.

import { describe, expect, it } from 'vitest';
import { highlightRecord, talkNoteRecord } from '../../../test/fixtures/records';
import type { Hlc } from './hlc';
import {
  highlightDocument,
  highlightFromDocument,
  readingDocument,
  readingFromDocument,
  talkNoteDocument,
  talkNoteFromDocument,
} from './recordDocuments';
import { mergeDocuments } from './syncDocument';

const at = (wall: number, device: string): Hlc => ({ wall, counter: 0, device });

describe('records and synced documents', () => {
  it('gives a highlight back as it was, apart from the display time', () => {
    const record = highlightRecord('h1', { tags: ['gil', 'jit'], updatedAt: 5 });
    const back = highlightFromDocument(highlightDocument(record, null, at(5, 'a')));
    expect(back).toEqual(record);
  });

  it('gives a talk note back as it was', () => {
    const record = talkNoteRecord('talk-a', { tags: ['rust'], updatedAt: 7 });
    expect(talkNoteFromDocument(talkNoteDocument(record, null, at(7, 'a')))).toEqual(record);
  });

  it('versions only the fields that changed', () => {
    const record = highlightRecord('h1');
    const first = highlightDocument(record, null, at(5, 'a'));
    const recoloured = highlightDocument({ ...record, color: 'red' }, first, at(9, 'a'));
    expect(recoloured.fields.color.clock.wall).toBe(9);
    expect(recoloured.fields.selectors).toBe(first.fields.selectors);
    expect(recoloured.texts.note).toBe(first.texts.note);
    expect(highlightDocument(record, first, at(12, 'a'))).toBe(first);
  });

  it('does not settle a note’s conflicts when another field is saved', () => {
    const record = highlightRecord('h1', { note: 'base' });
    const shared = highlightDocument(record, null, at(5, 'a'));
    const onA = highlightDocument({ ...record, note: 'from a' }, shared, at(6, 'a'));
    const onB = highlightDocument({ ...record, note: 'from b' }, shared, at(7, 'b'));
    const merged = mergeDocuments(onA, onB);
    const shown = highlightFromDocument(merged);
    const recoloured = highlightDocument({ ...(shown ?? record), color: 'green' }, merged, at(8, 'b'));
    expect(recoloured.texts.note.conflicts.map((conflict) => conflict.value)).toEqual(['from a']);
  });

  it('reopens a talk at the furthest place any device reached', () => {
    const onA = readingDocument(
      { talkId: 't', blockId: 't-b40', progress: 0.8, read: false, updatedAt: 1 },
      null,
      at(10, 'a'),
    );
    const onB = readingDocument(
      { talkId: 't', blockId: 't-b3', progress: 0.1, read: false, updatedAt: 2 },
      null,
      at(20, 'b'),
    );
    expect(readingFromDocument(mergeDocuments(onA, onB))).toMatchObject({ blockId: 't-b40', progress: 0.8 });
  });

  it('refuses a document that lacks what a highlight needs', () => {
    expect(
      highlightFromDocument({ _id: 'highlight:x', type: 'highlight', fields: {}, texts: {}, tags: {}, positions: {} }),
    ).toBeNull();
  });
});

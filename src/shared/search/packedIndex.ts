// The corpus index packed for storage: its terms as a list and every posting in one typed array,
// so that loading it builds only the index's own maps. A JSON index is first parsed into an object
// per term and per field, all thrown away as soon as MiniSearch has copied them into maps; with a
// large library that garbage was most of the load.

import MiniSearch, { type Options } from 'minisearch';

/** Bump when the layout below changes; a stored index of another format is rebuilt. */
export const PACKED_INDEX_FORMAT = 1;

export interface PackedIndex {
  format: typeof PACKED_INDEX_FORMAT;
  documentCount: number;
  nextId: number;
  dirtCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Pairs of (short id, document id). */
  documentIds: Uint32Array;
  /** Per document, in the order of `documentIds`: one length per field (MISSING when absent). */
  fieldLengths: Uint32Array;
  terms: string[];
  /**
   * Per term, in the order of `terms`: how many fields hold it, then for each field its id, how
   * many documents, and that many pairs of (short id, occurrences).
   */
  postings: Uint32Array;
}

/** A field a document did not have (MiniSearch leaves its length unset). */
const MISSING = 0xffffffff;

function unsigned(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0 || value >= MISSING) throw new Error(`Cannot pack ${what} ${value}.`);
  return value;
}

/** Grows as postings are appended, so the index is walked once. */
class UintWriter {
  private buffer = new Uint32Array(1 << 16);
  length = 0;

  push(value: number): void {
    if (this.length === this.buffer.length) {
      const larger = new Uint32Array(this.buffer.length * 2);
      larger.set(this.buffer);
      this.buffer = larger;
    }
    this.buffer[this.length++] = value;
  }

  result(): Uint32Array {
    return this.buffer.slice(0, this.length);
  }
}

/** A MiniSearch index that can be packed and unpacked (its state is protected for subclasses). */
export class PackableMiniSearch<T = unknown> extends MiniSearch<T> {
  pack(): PackedIndex {
    if (this._storedFields.size > 0) throw new Error('A packed index keeps no stored fields.');
    const fieldCount = Object.keys(this._fieldIds).length;
    const documentIds = new Uint32Array(this._documentIds.size * 2);
    const fieldLengths = new Uint32Array(this._documentIds.size * fieldCount).fill(MISSING);
    let position = 0;
    for (const [shortId, id] of this._documentIds) {
      documentIds[position * 2] = unsigned(shortId, 'short id');
      documentIds[position * 2 + 1] = unsigned(id as number, 'document id');
      const lengths = this._fieldLength.get(shortId) ?? [];
      for (let field = 0; field < fieldCount; field++)
        if (lengths[field] !== undefined)
          fieldLengths[position * fieldCount + field] = unsigned(lengths[field], 'field length');
      position++;
    }
    const terms: string[] = [];
    const postings = new UintWriter();
    for (const [term, fields] of this._index) {
      terms.push(term);
      postings.push(fields.size);
      for (const [fieldId, documents] of fields) {
        postings.push(unsigned(fieldId, 'field id'));
        postings.push(documents.size);
        for (const [shortId, occurrences] of documents) {
          postings.push(unsigned(shortId, 'short id'));
          postings.push(unsigned(occurrences, 'occurrence count'));
        }
      }
    }
    return {
      format: PACKED_INDEX_FORMAT,
      documentCount: this._documentCount,
      nextId: this._nextId,
      dirtCount: this._dirtCount,
      fieldIds: { ...this._fieldIds },
      averageFieldLength: [...this._avgFieldLength],
      documentIds,
      fieldLengths,
      terms,
      postings: postings.result(),
    };
  }

  /** Rebuilds an index packed with the same options; throws if the record is not such an index. */
  static unpack<T>(packed: PackedIndex, options: Options<T>): PackableMiniSearch<T> {
    checkShape(packed);
    const index = new PackableMiniSearch<T>(options);
    const fieldCount = Object.keys(index._fieldIds).length;
    if (JSON.stringify(index._fieldIds) !== JSON.stringify(packed.fieldIds))
      throw new Error('The stored index was built over other fields.');
    if (packed.fieldLengths.length !== (packed.documentIds.length / 2) * fieldCount)
      throw new Error('The stored index lists field lengths for other documents.');
    index._documentCount = packed.documentCount;
    index._nextId = packed.nextId;
    index._dirtCount = packed.dirtCount;
    index._avgFieldLength = [...packed.averageFieldLength];
    for (let position = 0; position < packed.documentIds.length / 2; position++) {
      const shortId = packed.documentIds[position * 2];
      const id = packed.documentIds[position * 2 + 1];
      if (shortId >= packed.nextId) throw new Error('The stored index names a document it never added.');
      index._documentIds.set(shortId, id);
      index._idToShortId.set(id, shortId);
      const lengths: number[] = [];
      for (let field = 0; field < fieldCount; field++) {
        const length = packed.fieldLengths[position * fieldCount + field];
        if (length !== MISSING) lengths[field] = length;
      }
      index._fieldLength.set(shortId, lengths);
    }
    const { postings, terms } = packed;
    let cursor = 0;
    for (const term of terms) {
      if (typeof term !== 'string') throw new Error('The stored index lists a term that is not text.');
      const fields = new Map<number, Map<number, number>>();
      const fieldEntries = postings[cursor++];
      for (let entry = 0; entry < fieldEntries; entry++) {
        const fieldId = postings[cursor++];
        const documentCount = postings[cursor++];
        if (fieldId >= fieldCount || cursor + documentCount * 2 > postings.length)
          throw new Error('The stored index postings are damaged.');
        const documents = new Map<number, number>();
        for (let document = 0; document < documentCount; document++, cursor += 2)
          documents.set(postings[cursor], postings[cursor + 1]);
        fields.set(fieldId, documents);
      }
      index._index.set(term, fields);
    }
    if (cursor !== postings.length) throw new Error('The stored index postings are damaged.');
    return index;
  }
}

function checkShape(packed: PackedIndex): void {
  const candidate = packed as Partial<PackedIndex> | null;
  if (
    candidate?.format !== PACKED_INDEX_FORMAT ||
    !(candidate.documentIds instanceof Uint32Array) ||
    !(candidate.fieldLengths instanceof Uint32Array) ||
    !(candidate.postings instanceof Uint32Array) ||
    !Array.isArray(candidate.terms) ||
    !Array.isArray(candidate.averageFieldLength) ||
    typeof candidate.fieldIds !== 'object' ||
    ![candidate.documentCount, candidate.nextId, candidate.dirtCount].every(Number.isInteger) ||
    candidate.documentIds.length % 2 !== 0
  )
    throw new Error('The stored index is not a packed index of this format.');
}

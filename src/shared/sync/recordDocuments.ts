// Between the app's records and synced documents: a changed record becomes changes to only the
// fields that changed, on top of the device's copy of the document; a merged document becomes the
// record the app shows. `updatedAt` is for display only and is never compared.

import type { HighlightRecord, ReadingStateRecord, TalkNoteRecord } from '../annotations';
import { compareHlc, type Hlc } from './hlc';
import {
  conflictingTexts,
  emptyDocument,
  recordIdOf,
  liveTags,
  setField,
  setPosition,
  setTags,
  keepTextVersion,
  setText,
  type SyncDocument,
} from './syncDocument';

const HIGHLIGHT_FIELDS = ['talkId', 'color', 'selectors', 'citation', 'createdAt', 'deletedAt'] as const;
const TALK_NOTE_FIELDS = ['citation', 'createdAt', 'deletedAt'] as const;

function latestWall(document: SyncDocument): number {
  const clocks = [
    ...Object.values(document.fields).map((field) => field.clock),
    ...Object.values(document.texts).map((text) => text.clock),
  ];
  return clocks.reduce((latest, clock) => Math.max(latest, clock.wall), 0);
}

/**
 * When each field was changed: a field named here carries its own stamp (taken when the reader
 * made the change), any other the clock of the change as a whole.
 */
export type FieldClocks = Readonly<Record<string, Hlc>>;

function withFields(
  document: SyncDocument,
  record: object,
  names: readonly string[],
  clock: Hlc,
  clocks: FieldClocks,
): SyncDocument {
  let next = document;
  for (const name of names)
    next = setField(next, name, (record as Record<string, unknown>)[name], clocks[name] ?? clock);
  return next;
}

/**
 * Writes a text when it changed, or when the reader settled its conflicts (picked the shown
 * version); saving another field never settles them.
 */
function withText(document: SyncDocument, name: string, value: string, clock: Hlc, settled: boolean): SyncDocument {
  const current = document.texts[name];
  const open = current ? conflictingTexts(current).length > 0 : false;
  return current?.value === value && !(settled && open) ? document : setText(document, name, value, clock);
}

/**
 * The record lists as other versions a text the document does not hold apart: one this device
 * merged from a kept change (a change made without seeing the other). Each is kept in the
 * document as a version made apart, with the clock it was written at when known.
 */
function withKeptVersions(
  before: SyncDocument['texts'][string] | undefined,
  document: SyncDocument,
  name: string,
  listed: readonly string[] | undefined,
  clock: Hlc,
): SyncDocument {
  let next = document;
  const heldApart = new Set(before?.conflicts.map((conflict) => conflict.value) ?? []);
  for (const value of listed ?? []) {
    if (heldApart.has(value)) continue;
    next = keepTextVersion(next, name, value, before?.value === value ? before.clock : clock);
  }
  return next;
}

function withTags(document: SyncDocument, tags: readonly string[], clock: Hlc): SyncDocument {
  const current = liveTags(document);
  const wanted = [...new Set(tags)].sort();
  return current.join('\u0000') === wanted.join('\u0000') ? document : setTags(document, wanted, clock);
}

/** How one kind of annotation maps to a document: its fields, its text field, and its tags. */
interface AnnotationShape {
  type: string;
  fields: readonly string[];
  textField: string;
  /** The record field that lists the text's other versions; picking one changes it. */
  conflictsField: string;
}

function annotationDocument(
  shape: AnnotationShape,
  id: string,
  record: { tags: readonly string[] },
  text: { value: string; conflicts: string[] | undefined },
  current: SyncDocument | null,
  clock: Hlc,
  clocks: FieldClocks,
): SyncDocument {
  const base = current ?? emptyDocument(shape.type, id);
  const settled = text.conflicts !== undefined && text.conflicts.length === 0;
  const textClock = clocks[shape.textField] ?? clocks[shape.conflictsField] ?? clock;
  const written = withText(
    withFields(base, record, shape.fields, clock, clocks),
    shape.textField,
    text.value,
    textClock,
    settled,
  );
  const kept = withKeptVersions(
    base.texts[shape.textField],
    written,
    shape.textField,
    text.conflicts,
    clocks[shape.conflictsField] ?? clock,
  );
  return withTags(kept, record.tags, clocks.tags ?? clock);
}

const HIGHLIGHT: AnnotationShape = {
  type: 'highlight',
  fields: HIGHLIGHT_FIELDS,
  textField: 'note',
  conflictsField: 'noteConflicts',
};
const TALK_NOTE: AnnotationShape = {
  type: 'talkNote',
  fields: TALK_NOTE_FIELDS,
  textField: 'text',
  conflictsField: 'textConflicts',
};

export function highlightDocument(
  record: HighlightRecord,
  current: SyncDocument | null,
  clock: Hlc,
  clocks: FieldClocks = {},
): SyncDocument {
  const text = { value: record.note, conflicts: record.noteConflicts };
  return annotationDocument(HIGHLIGHT, record.id, record, text, current, clock, clocks);
}

export function talkNoteDocument(
  record: TalkNoteRecord,
  current: SyncDocument | null,
  clock: Hlc,
  clocks: FieldClocks = {},
): SyncDocument {
  const text = { value: record.text, conflicts: record.textConflicts };
  return annotationDocument(TALK_NOTE, record.talkId, record, text, current, clock, clocks);
}

/** This device's place in a talk; other devices' places stay as they are. */
export function readingDocument(record: ReadingStateRecord, current: SyncDocument | null, clock: Hlc): SyncDocument {
  const base = current ?? emptyDocument('readingState', record.talkId);
  return setPosition(base, clock.device, {
    blockId: record.blockId,
    progress: record.progress,
    read: record.read,
    clock,
  });
}

function field<T>(document: SyncDocument, name: string): T | undefined {
  return document.fields[name]?.value as T | undefined;
}

/** The record a merged document shows, or null when it lacks what a highlight needs. */
export function highlightFromDocument(document: SyncDocument): HighlightRecord | null {
  const talkId = field<string>(document, 'talkId');
  const selectors = field<HighlightRecord['selectors']>(document, 'selectors');
  const citation = field<HighlightRecord['citation']>(document, 'citation');
  if (!talkId || !selectors || !citation) return null;
  return {
    id: recordIdOf(document._id),
    talkId,
    color: field<HighlightRecord['color']>(document, 'color') ?? 'yellow',
    note: document.texts.note?.value ?? '',
    tags: liveTags(document),
    selectors,
    citation,
    createdAt: field<number>(document, 'createdAt') ?? 0,
    updatedAt: latestWall(document),
    deletedAt: field<number | null>(document, 'deletedAt') ?? null,
    ...conflictsOf(document, 'note', 'noteConflicts'),
  };
}

/** The texts written apart from the shown one, as a record field, or nothing when there are none. */
function conflictsOf<K extends string>(document: SyncDocument, text: string, key: K): Partial<Record<K, string[]>> {
  const current = document.texts[text];
  const others = current ? conflictingTexts(current) : [];
  return others.length > 0 ? ({ [key]: others } as Partial<Record<K, string[]>>) : {};
}

export function talkNoteFromDocument(document: SyncDocument): TalkNoteRecord | null {
  const citation = field<TalkNoteRecord['citation']>(document, 'citation');
  if (!citation) return null;
  return {
    talkId: recordIdOf(document._id),
    text: document.texts.text?.value ?? '',
    tags: liveTags(document),
    citation,
    createdAt: field<number>(document, 'createdAt') ?? 0,
    updatedAt: latestWall(document),
    deletedAt: field<number | null>(document, 'deletedAt') ?? null,
    ...conflictsOf(document, 'text', 'textConflicts'),
  };
}

/**
 * The place the app reopens a talk at: the furthest any device reached, at that device's block, so
 * it never moves backwards; read or unread as the latest device last said.
 */
export function readingFromDocument(document: SyncDocument): ReadingStateRecord | null {
  const positions = Object.values(document.positions);
  if (positions.length === 0) return null;
  const latest = positions.reduce((a, b) => (compareHlc(a.clock, b.clock) >= 0 ? a : b));
  const furthest = positions.reduce((a, b) => (b.progress > a.progress ? b : a));
  return {
    talkId: recordIdOf(document._id),
    blockId: furthest.blockId ?? latest.blockId,
    progress: furthest.progress,
    read: latest.read,
    updatedAt: latest.clock.wall,
  };
}

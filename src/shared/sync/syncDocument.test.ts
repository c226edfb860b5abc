// Merging versions of a synced document: field by field, clock-free for edits made knowing each
// other, with conflicting texts kept, deletions never undone by an edit, and the same result in
// any order (checked on random histories).

import fc from 'fast-check';
import { textSurvives, undoneOnlyByLaterRestore } from '../../../test/fixtures/syncRules';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './resolveConflicts';
import { type Hlc } from './hlc';
import {
  emptyDocument,
  liveTags,
  mergeDocuments,
  setField,
  setPosition,
  setTags,
  setText,
  type SyncDocument,
} from './syncDocument';

const at = (wall: number, device: string, counter = 0): Hlc => ({ wall, counter, device });
const base = setText(
  setField(emptyDocument('highlight', 'h1'), 'color', 'yellow', at(10, 'a')),
  'note',
  'first',
  at(10, 'a'),
);

describe('merging two versions of a document', () => {
  it('keeps an edit made after a sync even when its device clock is a day behind', () => {
    // Device b syncs the base, then edits with a clock far in the past.
    const edited = setField(base, 'color', 'blue', at(10 - 86_400_000, 'b'));
    expect(mergeDocuments(base, edited).fields.color.value).toBe('blue');
    expect(mergeDocuments(edited, base).fields.color.value).toBe('blue');
  });

  it('keeps both texts of a note edited on two devices apart, the later one shown', () => {
    const onA = setText(base, 'note', 'from a', at(20, 'a'));
    const onB = setText(base, 'note', 'from b', at(30, 'b'));
    const merged = mergeDocuments(onA, onB);
    expect(merged.texts.note.value).toBe('from b');
    expect(merged.texts.note.conflicts.map((conflict) => conflict.value)).toEqual(['from a']);
    // Picking a version (writing it) resolves the conflict everywhere it spreads.
    const picked = setText(merged, 'note', 'from a', at(40, 'b'));
    expect(mergeDocuments(picked, onA).texts.note).toMatchObject({ value: 'from a', conflicts: [] });
  });

  it('never lets an edit clear a deletion made on another device', () => {
    const deleted = setField(base, 'deletedAt', 50, at(50, 'a'));
    const editedLater = setText(base, 'note', 'edited while apart', at(90, 'b'));
    for (const merged of [mergeDocuments(deleted, editedLater), mergeDocuments(editedLater, deleted)]) {
      expect(merged.fields.deletedAt.value).toBe(50);
      expect(merged.texts.note.value).toBe('edited while apart');
    }
    // Only a restore made knowing the deletion brings it back.
    const restored = setField(mergeDocuments(deleted, editedLater), 'deletedAt', null, at(95, 'b'));
    expect(mergeDocuments(restored, deleted).fields.deletedAt.value).toBeNull();
  });

  it('keeps tags both devices added apart, and a removal made knowing the tag', () => {
    const tagged = setTags(base, ['gil'], at(15, 'a'));
    const onA = setTags(tagged, ['gil', 'jit'], at(20, 'a'));
    const onB = setTags(tagged, ['packaging'], at(21, 'b'));
    expect(liveTags(mergeDocuments(onA, onB))).toEqual(['jit', 'packaging']);
  });

  it('keeps each device’s reading position', () => {
    const onA = setPosition(base, 'a', { blockId: 'b9', progress: 0.9, read: false, clock: at(20, 'a') });
    const onB = setPosition(base, 'b', { blockId: 'b2', progress: 0.2, read: false, clock: at(30, 'b') });
    expect(Object.keys(mergeDocuments(onA, onB).positions)).toEqual(['a', 'b']);
  });

  it('keeps a field this version does not know', () => {
    const newer = setField(base, 'futureField', { nested: [1, 2] }, at(20, 'c'));
    const older = setField(base, 'color', 'red', at(25, 'a'));
    expect(mergeDocuments(older, newer).fields.futureField.value).toEqual({ nested: [1, 2] });
  });
});

/** A random history: devices each apply edits to their copy and now and then merge another's copy. */
const operations = fc.array(
  fc.record({
    device: fc.constantFrom('a', 'b', 'c'),
    kind: fc.constantFrom('color', 'note', 'delete', 'restore', 'tags', 'merge'),
    from: fc.constantFrom('a', 'b', 'c'),
    word: fc.constantFrom('x', 'y', 'z', 'gil', 'jit'),
    skew: fc.integer({ min: -100, max: 100 }),
  }),
  { maxLength: 40 },
);

function run(
  history: fc.Arbitrary<unknown> extends never
    ? never
    : { device: string; kind: string; from: string; word: string; skew: number }[],
) {
  const copies: Record<string, SyncDocument> = { a: base, b: base, c: base };
  let time = 100;
  for (const step of history) {
    time += 1;
    const clock = at(time + step.skew, step.device, time);
    const copy = copies[step.device];
    if (step.kind === 'color') copies[step.device] = setField(copy, 'color', step.word, clock);
    else if (step.kind === 'note') {
      copies[step.device] = setText(copy, 'note', `${step.word}-${time}`, clock);
    } else if (step.kind === 'delete' || step.kind === 'restore') {
      // As in the app: only a live highlight can be deleted, only a deleted one restored.
      const deleted = (copy.fields.deletedAt?.value ?? null) !== null;
      if (step.kind === 'delete' && !deleted) copies[step.device] = setField(copy, 'deletedAt', time, clock);
      if (step.kind === 'restore' && deleted) copies[step.device] = setField(copy, 'deletedAt', null, clock);
    } else if (step.kind === 'tags') copies[step.device] = setTags(copy, [step.word], clock);
    else copies[step.device] = mergeDocuments(copy, copies[step.from]);
  }
  return { copies };
}

describe('any history of edits and merges', () => {
  it('converges to one document in any merge order, losing no text', () => {
    fc.assert(
      fc.property(operations, (history) => {
        const { copies } = run(history);
        const { a, b, c } = copies;
        const orders = [
          mergeDocuments(mergeDocuments(a, b), c),
          mergeDocuments(c, mergeDocuments(b, a)),
          mergeDocuments(mergeDocuments(c, a), b),
        ];
        const [first, ...rest] = orders.map(canonicalJson);
        for (const other of rest) expect(other).toBe(first);
        // Idempotent: merging again changes nothing.
        expect(canonicalJson(mergeDocuments(orders[0], orders[0]))).toBe(first);
        // Each device's last text is shown, kept as a conflict, or was knowingly replaced by a kept one.
        const note = orders[0].texts.note;
        for (const copy of [a, b, c]) expect(textSurvives(copy.texts.note, note), copy.texts.note.value).toBe(true);
        // A deletion comes back only through a later explicit restore.
        for (const copy of [a, b, c])
          expect(undoneOnlyByLaterRestore(copy.fields.deletedAt, orders[0].fields.deletedAt)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

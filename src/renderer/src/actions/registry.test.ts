// The registry resolves a key by each command's declared context, never by list order, and runs
// a command only with the capability it names.

import { describe, expect, it } from 'vitest';
import type { Capabilities } from './capabilities';
import { actionForKey, actions, isBoundKey, keyName, overlappingBindings } from './registry';

function key(
  init: Partial<KeyboardEvent> & { key: string },
): Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> {
  return { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...init };
}

/** Every capability any command needs, doing nothing; `canAddNote` answers `target`. */
function everything(target = false): Partial<Capabilities> {
  return {
    ...Object.fromEntries(actions.map((action) => [action.needs, () => undefined])),
    canAddNote: () => target,
  } as Partial<Capabilities>;
}

describe('the action registry', () => {
  it('gives every action a unique id, and shares a key only between commands that never apply together', () => {
    const ids = actions.map((action) => action.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = actions.flatMap((action) => action.keys);
    expect([...new Set(keys.filter((name, index) => keys.indexOf(name) !== index))]).toEqual(['n']);
    expect(overlappingBindings(actions)).toEqual([]);
  });

  it('finds two commands on one key whose contexts overlap', () => {
    expect(
      overlappingBindings([
        { id: 'go.nextTalk', keys: ['n'], when: [], keyWhen: [] },
        { id: 'highlight.note', keys: ['n'], when: ['annotationTarget'], keyWhen: [] },
      ]),
    ).toEqual(['n: go.nextTalk, highlight.note']);
  });

  it('uses n for a note when there is something to annotate, and for the next talk otherwise', () => {
    expect(actionForKey('n', everything(true))?.id).toBe('highlight.note');
    expect(actionForKey('n', everything(false))?.id).toBe('go.nextTalk');
    // Without a view that can add notes, n is the next talk whatever the order of the catalogue.
    expect(actionForKey('n', { nextTalk: () => undefined })?.id).toBe('go.nextTalk');
    expect(actionForKey('n', { addNote: () => undefined, canAddNote: () => true })?.id).toBe('highlight.note');
  });

  it('keeps Next talk in the menu and palette while n would add a note', () => {
    const nextTalk = actions.find((action) => action.id === 'go.nextTalk');
    expect(nextTalk?.isAvailable(everything(true))).toBe(true);
    expect(nextTalk?.appliesToKey(everything(true))).toBe(false);
    const note = actions.find((action) => action.id === 'highlight.note');
    expect(note?.isAvailable(everything(false))).toBe(false);
  });

  it('names keys the way actions declare them', () => {
    expect(keyName(key({ key: 'h' }))).toBe('h');
    expect(keyName(key({ key: '?', shiftKey: true }))).toBe('?');
    expect(keyName(key({ key: 'Delete' }))).toBe('Delete');
    expect(keyName(key({ key: 'c', ctrlKey: true, shiftKey: true }))).toBe('Mod+Shift+C');
    expect(keyName(key({ key: 'n', metaKey: true, shiftKey: true }))).toBe('Mod+Shift+N');
  });

  it('maps the highlight shortcuts', () => {
    const provided = everything();
    expect(actionForKey('h', provided)?.id).toBe('highlight.create');
    expect(actionForKey('3', provided)?.id).toBe('highlight.color.blue');
    expect(actionForKey('p', provided)?.id).toBe('go.previousTalk');
    expect(actionForKey('g l', provided)?.id).toBe('go.library');
    expect(actionForKey('Delete', provided)?.id).toBe('highlight.delete');
    expect(isBoundKey('x')).toBe(false);
  });

  it('runs an action only with the capability it needs, handing it that capability', () => {
    const applied: string[] = [];
    const action = actionForKey('3', everything());
    expect(action?.isAvailable({})).toBe(false);
    const provided = { applyColor: (color: string) => applied.push(color) };
    expect(action?.isAvailable(provided)).toBe(true);
    action?.run(provided);
    expect(applied).toEqual(['blue']);
  });
});

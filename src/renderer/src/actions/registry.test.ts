import { describe, expect, it } from 'vitest';
import { actionForKey, actions, keyName } from './registry';

function key(
  init: Partial<KeyboardEvent> & { key: string },
): Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> {
  return { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...init };
}

describe('the action registry', () => {
  it('gives every action a unique id, and a shared key only to actions for different contexts', () => {
    const ids = actions.map((action) => action.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = actions.flatMap((action) => action.keys);
    const shared = [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];
    expect(shared).toEqual(['n']);
  });

  it('uses n for a note when there is something to annotate, and for the next talk otherwise', () => {
    const base = { addNote: () => undefined, nextTalk: () => undefined };
    expect(actionForKey('n', { ...base, canAddNote: () => true })?.id).toBe('highlight.note');
    expect(actionForKey('n', { ...base, canAddNote: () => false })?.id).toBe('go.nextTalk');
  });

  it('names keys the way actions declare them', () => {
    expect(keyName(key({ key: 'h' }))).toBe('h');
    expect(keyName(key({ key: '?', shiftKey: true }))).toBe('?');
    expect(keyName(key({ key: 'Delete' }))).toBe('Delete');
    expect(keyName(key({ key: 'c', ctrlKey: true, shiftKey: true }))).toBe('Mod+Shift+C');
    expect(keyName(key({ key: 'n', metaKey: true, shiftKey: true }))).toBe('Mod+Shift+N');
  });

  it('maps the highlight shortcuts', () => {
    expect(actionForKey('h')?.id).toBe('highlight.create');
    expect(actionForKey('3')?.id).toBe('highlight.color.blue');
    expect(actionForKey('p')?.id).toBe('go.previousTalk');
    expect(actionForKey('g l')?.id).toBe('go.library');
    expect(actionForKey('Delete')?.id).toBe('highlight.delete');
  });

  it('runs an action only with the capability it needs', () => {
    const created: string[] = [];
    const action = actionForKey('h');
    expect(action?.isAvailable({})).toBe(false);
    const capabilities = { highlightSelection: () => created.push('yes') };
    expect(action?.isAvailable(capabilities)).toBe(true);
    action?.run(capabilities);
    expect(created).toEqual(['yes']);
  });
});

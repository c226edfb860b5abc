import { describe, expect, it } from 'vitest';
import { ACTION_CATALOG, acceleratorFor } from './actionCatalog';

describe('the action catalogue', () => {
  it('gives every action a unique id and a label', () => {
    const ids = ACTION_CATALOG.map((action) => action.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ACTION_CATALOG.every((action) => action.label.trim().length > 0)).toBe(true);
  });

  it('turns shortcuts into menu accelerators', () => {
    const accelerator = (id: string): string | undefined => {
      const action = ACTION_CATALOG.find((candidate) => candidate.id === id);
      if (!action) throw new Error(id);
      return acceleratorFor(action);
    };
    expect(accelerator('search.open')).toBe('CmdOrCtrl+K');
    expect(accelerator('view.fontLarger')).toBe('CmdOrCtrl+=');
    expect(accelerator('go.library')).toBe('CmdOrCtrl+Shift+L');
    expect(acceleratorFor({ id: 'x', label: 'x', keys: ['g x'] })).toBeUndefined();
  });
});

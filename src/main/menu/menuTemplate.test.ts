import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { ACTION_CATALOG } from '../../shared/actionCatalog';
import { menuTemplate, type MenuEnvironment } from './menuTemplate';

function environment(overrides: Partial<MenuEnvironment> = {}): MenuEnvironment & { sent: string[] } {
  const sent: string[] = [];
  return {
    isMac: false,
    isPackaged: true,
    appName: 'Summit Reader',
    sendAction: (id) => sent.push(id),
    zoom: () => undefined,
    sent,
    ...overrides,
  };
}

function section(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const top = template.find((item) => item.label === label || (label === 'Help' && item.role === 'help'));
  expect(top, label).toBeDefined();
  return top?.submenu as MenuItemConstructorOptions[];
}

describe('menuTemplate', () => {
  it('puts every catalogue command with a menu section under that section, and its click sends it', () => {
    const env = environment();
    const template = menuTemplate(env);
    const withMenu = ACTION_CATALOG.filter((declaration) => declaration.menu);
    expect(withMenu.map((declaration) => declaration.menu)).toContain('File');
    for (const declaration of withMenu) {
      const item = section(template, declaration.menu ?? '').find((entry) => entry.id === declaration.id);
      expect(item?.label, declaration.id).toBe(declaration.label);
      (item?.click as () => void)();
      expect(env.sent.at(-1)).toBe(declaration.id);
    }
  });

  it('builds the File, Edit, View, Go and Help menus, each holding catalogue commands', () => {
    const template = menuTemplate(environment());
    const catalogueIds = new Set<string>(ACTION_CATALOG.map((declaration) => declaration.id));
    for (const label of ['File', 'Edit', 'View', 'Go', 'Help']) {
      const commands = section(template, label).filter((entry) => entry.id && catalogueIds.has(entry.id));
      expect(commands.length, label).toBeGreaterThan(0);
    }
  });

  it('offers File → Import documents… and Export and back up…', () => {
    const labels = section(menuTemplate(environment()), 'File').map((item) => item.label ?? item.role);
    expect(labels).toEqual(['Import documents…', 'Export and back up…', undefined, 'quit']);
  });

  it('keeps developer tools out of packaged builds', () => {
    const roles = (packaged: boolean) =>
      section(menuTemplate(environment({ isPackaged: packaged })), 'View').map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('gives macOS its app menu and a Close item', () => {
    const template = menuTemplate(environment({ isMac: true }));
    expect(template[0].role).toBe('appMenu');
    expect(section(template, 'File').at(-1)?.role).toBe('close');
  });
});

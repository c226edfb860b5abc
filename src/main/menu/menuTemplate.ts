// The application menu as plain data, generated from the shared action catalogue. Pure (no
// Electron import), so a unit test can check that every catalogue command is in its section.

import type { MenuItemConstructorOptions } from 'electron';
import { ACTION_CATALOG, acceleratorFor, type MenuSection } from '../../shared/actionCatalog';

export interface MenuEnvironment {
  isMac: boolean;
  /** Packaged builds carry no developer tools. */
  isPackaged: boolean;
  appName: string;
  /** Sends a catalogue action to the focused window, which runs it through its registry. */
  sendAction(actionId: string): void;
  /** Changes the focused window's zoom by `delta`, or resets it when `delta` is null. */
  zoom(delta: number | null): void;
}

function actionItems(section: MenuSection, environment: MenuEnvironment): MenuItemConstructorOptions[] {
  return ACTION_CATALOG.filter((declaration) => declaration.menu === section).map((declaration) => ({
    id: declaration.id,
    label: declaration.label,
    accelerator: acceleratorFor(declaration),
    // Shortcuts are shown but left to the page, so no key runs an action twice.
    registerAccelerator: false,
    click: () => environment.sendAction(declaration.id),
  }));
}

export function menuTemplate(environment: MenuEnvironment): MenuItemConstructorOptions[] {
  const { isMac, isPackaged, appName } = environment;
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        ...actionItems('File', environment),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        ...actionItems('Edit', environment),
      ],
    },
    {
      label: 'View',
      submenu: [
        ...actionItems('View', environment),
        { type: 'separator' },
        { label: 'Zoom In', accelerator: 'CmdOrCtrl+Alt+=', click: () => environment.zoom(0.1) },
        { label: 'Zoom Out', accelerator: 'CmdOrCtrl+Alt+-', click: () => environment.zoom(-0.1) },
        { label: 'Actual Size', accelerator: 'CmdOrCtrl+Alt+0', click: () => environment.zoom(null) },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { label: 'Go', submenu: actionItems('Go', environment) },
    {
      role: 'help',
      submenu: [
        ...actionItems('Help', environment),
        { type: 'separator' },
        { label: `About ${appName}`, role: 'about' },
      ],
    },
  ];
}

// The application menu (File, Edit, View, Go, Help), built from the shared action catalogue. Its
// items send the action to the focused window, which runs it through the same registry as the
// keyboard; shortcuts are shown but left to the page, so no key runs an action twice.

import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { ACTION_CATALOG, acceleratorFor, type MenuSection } from '../../shared/actionCatalog';
import { MENU_ACTION_CHANNEL } from '../../shared/ipc/api';

function sendAction(actionId: string): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  window?.webContents.send(MENU_ACTION_CHANNEL, actionId);
}

function actionItems(section: MenuSection): MenuItemConstructorOptions[] {
  return ACTION_CATALOG.filter((declaration) => declaration.menu === section).map((declaration) => ({
    label: declaration.label,
    accelerator: acceleratorFor(declaration),
    registerAccelerator: false,
    click: () => sendAction(declaration.id),
  }));
}

export function menuTemplate(
  isMac: boolean,
  onZoomChanged: (window: BrowserWindow) => void,
): MenuItemConstructorOptions[] {
  const zoom = (delta: number | null) => (): void => {
    const window = BrowserWindow.getFocusedWindow();
    if (!window) return;
    const current = window.webContents.getZoomFactor();
    window.webContents.setZoomFactor(delta === null ? 1 : Math.min(3, Math.max(0.5, current + delta)));
    onZoomChanged(window);
  };
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
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
        ...actionItems('Edit'),
      ],
    },
    {
      label: 'View',
      submenu: [
        ...actionItems('View'),
        { type: 'separator' },
        { label: 'Zoom In', accelerator: 'CmdOrCtrl+Alt+=', click: zoom(0.1) },
        { label: 'Zoom Out', accelerator: 'CmdOrCtrl+Alt+-', click: zoom(-0.1) },
        { label: 'Actual Size', accelerator: 'CmdOrCtrl+Alt+0', click: zoom(null) },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { label: 'Go', submenu: actionItems('Go') },
    {
      role: 'help',
      submenu: [...actionItems('Help'), { type: 'separator' }, { label: `About ${app.getName()}`, role: 'about' }],
    },
  ];
}

export function installApplicationMenu(onZoomChanged: (window: BrowserWindow) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin', onZoomChanged)));
}

// Native dialogs for choosing where exports and backups go, and which backup to restore.

import { dialog, type BrowserWindow } from 'electron';
import type { FileDialogs } from '../ipc/fileHandlers';

export function nativeFileDialogs(parent: () => BrowserWindow | null): FileDialogs {
  const withParent = <T>(show: (window: BrowserWindow | null) => Promise<T>): Promise<T> => show(parent());
  return {
    chooseSavePath: (suggestedName, kind) =>
      withParent(async (window) => {
        const options = {
          defaultPath: suggestedName,
          filters:
            kind === 'backup'
              ? [{ name: 'Summit Reader backup', extensions: ['json'] }]
              : [{ name: 'Markdown', extensions: ['md'] }],
        };
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      }),
    chooseFolder: () =>
      withParent(async (window) => {
        const options = {
          properties: ['openDirectory' as const, 'createDirectory' as const],
          buttonLabel: 'Export Here',
        };
        const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      }),
    chooseImportFiles: () =>
      withParent(async (window) => {
        const options = {
          properties: ['openFile' as const, 'multiSelections' as const],
          filters: [{ name: 'Documents', extensions: ['md', 'markdown', 'txt', 'html', 'htm', 'vtt'] }],
        };
        const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        return result.canceled ? [] : result.filePaths;
      }),
    chooseBackupFile: () =>
      withParent(async (window) => {
        const options = {
          properties: ['openFile' as const],
          filters: [{ name: 'Summit Reader backup', extensions: ['json'] }],
        };
        const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      }),
  };
}

// Saving exports and backups, and opening backups: the user picks the place in a native dialog;
// paths never come from the page.

import { stat, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_BACKUP_BYTES } from '../../shared/backup/backupFormat';
import { safeFileName } from '../../shared/export/fileNames';
import { fail, ok, type IpcResult } from '../../shared/ipc/result';
import { MAX_DOCUMENT_BYTES } from '../corpus/parseDocument';
import { writeFileAtomic } from '../fsAtomic';

export interface FileDialogs {
  /** Resolves to the chosen path, or null when the user cancels. */
  chooseSavePath(suggestedName: string, kind: 'markdown' | 'backup'): Promise<string | null>;
  chooseFolder(): Promise<string | null>;
  chooseBackupFile(): Promise<string | null>;
  /** Resolves to the chosen documents, none when the user cancels. */
  chooseImportFiles(): Promise<string[]>;
}

/** Reads a document chosen for import, refusing one over the size limit before reading it. */
export async function readImportFile(
  path: string,
): Promise<{ fileName: string; bytes: Uint8Array } | { fileName: string; error: string }> {
  const fileName = basename(path);
  try {
    const { size } = await stat(path);
    if (size > MAX_DOCUMENT_BYTES) {
      return {
        fileName,
        error: `The file is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_BYTES / 1048576} MB.`,
      };
    }
    return { fileName, bytes: await readFile(path) };
  } catch (error) {
    return {
      fileName,
      error: `The file could not be read (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

export async function saveFiles(
  dialogs: FileDialogs,
  kind: 'markdown' | 'backup',
  files: { name: string; content: string }[],
): Promise<IpcResult<{ saved: boolean; location: string | null }>> {
  const extension = kind === 'backup' ? '.json' : '.md';
  if (kind === 'backup') {
    // Refused before asking where to save it: a backup the app could not restore is no backup.
    const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.content, 'utf8'), 0);
    if (bytes > MAX_BACKUP_BYTES)
      return fail(
        'invalid-arguments',
        `The backup would be ${(bytes / 1048576).toFixed(0)} MB; backups are at most ${MAX_BACKUP_BYTES / 1048576} MB, so it could not be restored. Remove large imported documents first.`,
      );
  }
  // Names are made safe again here: the page suggests them, main decides.
  const named = files.map((file) => ({
    ...file,
    name: safeFileName(file.name.replace(/\.(md|json)$/i, ''), extension),
  }));
  if (named.length === 1) {
    const path = await dialogs.chooseSavePath(named[0].name, kind);
    if (!path) return ok({ saved: false, location: null });
    await writeFileAtomic(path, named[0].content);
    return ok({ saved: true, location: path });
  }
  const folder = await dialogs.chooseFolder();
  if (!folder) return ok({ saved: false, location: null });
  const used = new Set<string>();
  for (const file of named) {
    let name = file.name;
    for (let count = 2; used.has(name.toLowerCase()); count++)
      name = safeFileName(`${basename(file.name, extension)} ${count}`, extension);
    used.add(name.toLowerCase());
    await writeFileAtomic(join(folder, name), file.content);
  }
  return ok({ saved: true, location: folder });
}

export async function openBackupFile(
  dialogs: FileDialogs,
): Promise<IpcResult<{ cancelled: true } | { cancelled: false; name: string; content: string }>> {
  const path = await dialogs.chooseBackupFile();
  if (!path) return ok({ cancelled: true });
  const { size } = await stat(path);
  if (size > MAX_BACKUP_BYTES) {
    return fail(
      'invalid-arguments',
      `The file is ${(size / 1048576).toFixed(0)} MB; backups are at most ${MAX_BACKUP_BYTES / 1048576} MB.`,
    );
  }
  return ok({ cancelled: false, name: basename(path), content: await readFile(path, 'utf8') });
}

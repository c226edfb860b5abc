// Importing documents: from the file dialog (main picks the files) or dropped on the window (their
// bytes are sent, never a path).

import type { ImportOutcome } from '../../../shared/ipc/contract';
import { callMain } from '../ipc/client';

export async function importFromDialog(): Promise<ImportOutcome[]> {
  const result = await callMain('importDocuments');
  return result.ok ? result.value : [{ fileName: '', ok: false, message: result.error.message, warnings: [] }];
}

export async function importDropped(files: File[]): Promise<ImportOutcome[]> {
  const payload = await Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  const result = await callMain('importDroppedFiles', payload);
  return result.ok
    ? result.value
    : [{ fileName: files.map((file) => file.name).join(', '), ok: false, message: result.error.message, warnings: [] }];
}

export function outcomeMessage(outcome: ImportOutcome): string {
  const prefix = outcome.fileName ? `${outcome.fileName}: ` : '';
  return `${prefix}${outcome.message}${outcome.warnings.length > 0 ? ` ${outcome.warnings.join(' ')}` : ''}`;
}

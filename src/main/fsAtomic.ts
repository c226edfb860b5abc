// Writes a file so that a crash never leaves it half-written or empty: a new temporary file
// (created exclusively), flushed, renamed over the target, and the folder flushed so the rename
// itself survives a power cut. On any failure the temporary file is removed.

import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations used, so tests can make a write fail midway as a full disk would. */
export interface AtomicFs {
  open: typeof fs.open;
  rename: typeof fs.rename;
  rm: typeof fs.rm;
}

async function syncDirectory(directory: string, files: AtomicFs): Promise<void> {
  // Windows cannot open a folder for flushing; there the rename is already durable enough.
  const handle = await files.open(directory, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse to flush folders; the rename has still happened.
  } finally {
    await handle.close();
  }
}

/** `mode` is the new file's permissions (0o600: only the user may read it), set as it is created. */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  files: AtomicFs = fs,
  mode = 0o666,
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await files.open(temporary, 'wx', mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await files.rename(temporary, path);
  } catch (error) {
    await files.rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(dirname(path), files);
}

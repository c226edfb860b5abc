// Finds the Electron binary without triggering its download (requiring "electron" would).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronPackage = join(import.meta.dirname, '..', 'node_modules', 'electron');

/** Path of the installed Electron executable, or null when only the npm package is present. */
export function installedElectronBinary(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(electronPackage, 'path.txt');
  const relativeExecutable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (override) {
    const candidate = join(override, relativeExecutable ?? 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relativeExecutable) return null;
  const executable = join(electronPackage, 'dist', relativeExecutable);
  return existsSync(executable) ? executable : null;
}

export const ELECTRON_MISSING_REASON =
  'the Electron binary is not installed here (run `npm run setup:electron` where the network allows it)';

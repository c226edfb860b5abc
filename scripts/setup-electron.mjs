// Fetches the Electron binary, a step kept apart from `npm install` so installs work offline.
//
//   node scripts/setup-electron.mjs            fetch if missing; report and exit 0 on failure
//   node scripts/setup-electron.mjs --require  fetch if missing; exit 1 on failure (for `npm start`)

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronPackage = join(root, 'node_modules', 'electron');
const required = process.argv.includes('--require');

function installedBinary() {
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

if (!existsSync(join(electronPackage, 'package.json'))) {
  console.error('The electron package is not installed. Run `npm install` first.');
  process.exit(1);
}

if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  console.log(`Using the Electron build in ELECTRON_OVERRIDE_DIST_PATH (${process.env.ELECTRON_OVERRIDE_DIST_PATH}).`);
  process.exit(0);
}

const existing = installedBinary();
if (existing) {
  console.log(`Electron is installed: ${existing}`);
  process.exit(0);
}

console.log('Fetching the Electron binary (about 100 MB, once)…');
const result = spawnSync(process.execPath, [join(electronPackage, 'install.js')], { stdio: 'inherit' });
const installed = result.status === 0 ? installedBinary() : null;
if (installed) {
  console.log(`Electron is installed: ${installed}`);
  process.exit(0);
}

console.error(
  [
    '',
    'Could not fetch the Electron binary. This needs Node 22.12 or newer and access to the',
    'Electron release downloads (or a mirror named in ELECTRON_MIRROR). Everything else works without it:',
    '  - `npm test` runs the whole suite, with the renderer in Chromium in place of Electron;',
    '  - to run the desktop app, retry `npm run setup:electron` on a network that allows the download,',
    '    or point ELECTRON_OVERRIDE_DIST_PATH at the folder of an Electron build you already have.',
  ].join('\n'),
);
process.exit(required ? 1 : 0);

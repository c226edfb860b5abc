// The app's main process under Node: evaluates the built main bundle on the Electron stand-in, then
// emits `ready`, as Electron does once the entry module has run.

import { pathToFileURL } from 'node:url';

// `electron` resolves to the stand-in (see register.mjs), the same module instance main imports.
const standIn = (await import('electron')) as unknown as { emitReady(): void };

const entry = process.argv[2];
if (!entry) throw new Error('usage: boot.ts <path to out/main/index.js>');
await import(pathToFileURL(entry).href);
standIn.emitReady();

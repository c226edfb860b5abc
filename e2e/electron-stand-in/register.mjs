// Loaded with `node --import` after tsx: resolves the `electron` module to the stand-in for every
// importer, handing the resolution on so that tsx still compiles the TypeScript file.

import { register } from 'node:module';

const standIn = new URL('./electron.ts', import.meta.url).href;
const hooks = `
export async function resolve(specifier, context, next) {
  if (specifier === "electron") return next(${JSON.stringify(standIn)}, context);
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

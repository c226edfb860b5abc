// Build of the three Electron bundles: main (ESM), preload (one sandbox-safe CommonJS file), renderer.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicyMeta } from './src/shared/contentSecurityPolicy';

const miniSearchVersion = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, 'node_modules/minisearch/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/**
 * Writes the CSP into the built index.html only: in `npm run dev` Vite injects an inline React
 * preamble and styles that the policy would block. The app:// handler sends it as a header too.
 */
function contentSecurityPolicyInBuild(): Plugin {
  return {
    name: 'summit-reader-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace(/(<meta charset=[^>]*>)/i, `$1\n    ${contentSecurityPolicyMeta()}`),
  };
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          // Documents are parsed in a worker thread, so a hostile file cannot hold up main.
          parseWorker: resolve(import.meta.dirname, 'src/main/corpus/parseWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages, so everything it uses is bundled into it.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/preload/index.ts'),
          // The sign-in window's own preload: submit and cancel only.
          signIn: resolve(import.meta.dirname, 'src/preload/signIn.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    build: {
      // The page compiles and evaluates its script in one start-up task: a third of the text is a
      // third of the work (electron-vite leaves the renderer unminified by default).
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/renderer/index.html'),
          // The sign-in window main owns: its own page, apart from the reader's.
          signIn: resolve(import.meta.dirname, 'src/renderer/sign-in.html'),
        },
      },
    },
    plugins: [react(), contentSecurityPolicyInBuild()],
    // PouchDB's browser build extends Node's EventEmitter: the 'events' package provides it.
    resolve: { alias: { events: 'events/' } },
    define: { __MINISEARCH_VERSION__: JSON.stringify(miniSearchVersion) },
    worker: { format: 'es' },
  },
});

// Lint rules, including the import boundaries between the four runtime folders.

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'url',
  'stream',
  'util',
  'worker_threads',
];

/** Each runtime folder may import only what runs where it runs. */
function boundary(files, forbidden, message, extraPatterns = []) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }, ...extraPatterns] }],
    },
  };
}

const RENDERER_RUNTIME = ['electron', 'electron/*', ...nodeBuiltins, '**/main/**', '**/preload/**'];
const RENDERER_RUNTIME_MESSAGE = 'The renderer talks to main only through the IPC client.';

// Inside the renderer: shared folders serve every feature; a feature imports the shared folders and
// only the features declared beneath it; shell/ composes features. See docs/ARCHITECTURE.md.
const SHARED_FOLDERS = ['ui', 'ipc', 'storage', 'actions', 'navigation', 'anchoring'];
const FEATURES = {
  reader: ['highlights', 'notes', 'search', 'peps'],
  highlights: ['notes'],
  notes: [],
  library: [],
  people: [],
  topics: [],
  peps: [],
  import: [],
  export: [],
  backup: [],
  notebook: [],
  search: [],
  settings: [],
  sync: [],
};

/** A pattern that refuses relative imports of the named sibling folders. */
function siblingFolders(folders, message) {
  return { regex: `^(\\.\\./)+(${folders.join('|')})/`, message };
}

/** Only storage/ opens the database: every other folder reads and writes through its repositories. */
const STORAGE_OWNS_DEXIE = [
  { group: ['dexie'], message: 'Only src/renderer/src/storage may use Dexie; use a storage repository.' },
  { regex: '(^|/)storage/db$', message: 'Only src/renderer/src/storage may open the database; use a repository.' },
];

function rendererFolder(folder, forbiddenFolders, message, { ownsDexie = false } = {}) {
  const patterns = [...(ownsDexie ? [] : STORAGE_OWNS_DEXIE)];
  if (forbiddenFolders.length > 0) patterns.push(siblingFolders(forbiddenFolders, message));
  return boundary([`src/renderer/src/${folder}/**`], RENDERER_RUNTIME, RENDERER_RUNTIME_MESSAGE, patterns);
}

const rendererFolders = [
  ...SHARED_FOLDERS.map((folder) =>
    rendererFolder(
      folder,
      [...Object.keys(FEATURES), 'shell'],
      `src/renderer/src/${folder} is shared by every feature: it imports no feature and not the shell.`,
      { ownsDexie: folder === 'storage' },
    ),
  ),
  ...Object.entries(FEATURES).map(([feature, beneath]) =>
    rendererFolder(
      feature,
      [...Object.keys(FEATURES).filter((other) => other !== feature && !beneath.includes(other)), 'shell'],
      `The ${feature} feature imports the shared folders${beneath.length ? ` and ${beneath.join(', ')}` : ''} only; the shell composes features.`,
    ),
  ),
  rendererFolder('shell', [], ''),
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/main/**', 'src/preload/**', 'e2e/**', 'scripts/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Capabilities close over a view's state, so their dependencies are checked like an effect's.
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useCapabilities$' }],
    },
  },
  boundary(
    ['src/shared/**'],
    [
      'electron',
      'electron/*',
      ...nodeBuiltins,
      'react',
      'react-dom',
      'react-dom/*',
      'dexie',
      '**/main/**',
      '**/preload/**',
      '**/renderer/**',
    ],
    'src/shared is plain TypeScript: no Electron, Node, DOM or other runtime folder.',
  ),
  boundary(
    ['src/main/**'],
    ['**/renderer/**', '**/preload/**', 'react', 'react-dom', 'dexie'],
    'src/main may import src/shared, Node and Electron only.',
  ),
  boundary(
    ['src/main/corpus/**'],
    ['electron', 'electron/*', '**/renderer/**', '**/preload/**', 'react', 'react-dom', 'dexie'],
    'Parsers are pure TypeScript: no Electron.',
  ),
  boundary(
    ['src/preload/**'],
    [...nodeBuiltins, '**/main/**', '**/renderer/**', 'react', 'react-dom', 'dexie', '@electron-toolkit/*'],
    'The preload imports only electron and src/shared.',
  ),
  boundary(['src/renderer/**'], RENDERER_RUNTIME, RENDERER_RUNTIME_MESSAGE, STORAGE_OWNS_DEXIE),
  ...rendererFolders,
  {
    // A cycle between modules makes load order matter and hides which way a dependency runs.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      // Imported TypeScript files are parsed as TypeScript, so the rule can follow their imports.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
);

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

/**
 * Package names cannot be disguised by a path, so bare specifiers are refused by name: each runtime
 * folder may import only what runs where it runs. Folders and files are refused by where an import
 * resolves to (`zones` below), so `../x/../y`, `./../y`, `y.ts` and `import()` are all seen.
 */
function packagesRefused(files, forbidden, message) {
  return {
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }] },
  };
}

const RENDERER = 'src/renderer/src';
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

const packages = (...names) => names.map((name) => `node_modules/${name}`);
const folders = (...names) => names.map((name) => `${RENDERER}/${name}`);

/** Only storage/ opens the database or uses Dexie; every other folder goes through its repositories. */
const DEXIE_OWNED_BY_STORAGE = [
  `${RENDERER}/storage/db.ts`,
  `${RENDERER}/storage/testDatabase.ts`,
  ...packages('dexie', 'dexie-react-hooks'),
];

/**
 * Where each folder may not reach, judged on the resolved path of every static and dynamic import
 * (`import-x/no-restricted-paths`).
 */
const zones = [
  {
    target: 'src/shared',
    from: ['src/main', 'src/preload', 'src/renderer', ...packages('electron', 'react', 'react-dom', 'dexie')],
    message: 'src/shared is plain TypeScript: no Electron, Node, DOM or other runtime folder.',
  },
  {
    target: 'src/main',
    from: ['src/renderer', 'src/preload', ...packages('react', 'react-dom', 'dexie')],
    message: 'src/main may import src/shared, Node and Electron only.',
  },
  { target: 'src/main/corpus', from: packages('electron'), message: 'Parsers are pure TypeScript: no Electron.' },
  {
    target: 'src/preload',
    from: ['src/main', 'src/renderer', ...packages('react', 'react-dom', 'dexie')],
    message: 'The preload imports only electron and src/shared.',
  },
  {
    target: 'src/renderer',
    from: ['src/main', 'src/preload', ...packages('electron')],
    message: RENDERER_RUNTIME_MESSAGE,
  },
  {
    target: [
      ...folders(...SHARED_FOLDERS.filter((folder) => folder !== 'storage'), ...Object.keys(FEATURES), 'shell'),
      `${RENDERER}/*.{ts,tsx}`,
    ],
    from: DEXIE_OWNED_BY_STORAGE,
    message: 'Only src/renderer/src/storage may use Dexie or open the database; use a storage repository or hook.',
  },
  ...SHARED_FOLDERS.map((folder) => ({
    target: `${RENDERER}/${folder}`,
    from: folders(...Object.keys(FEATURES), 'shell'),
    message: `src/renderer/src/${folder} is shared by every feature: it imports no feature and not the shell.`,
  })),
  ...Object.entries(FEATURES).map(([feature, beneath]) => ({
    target: `${RENDERER}/${feature}`,
    from: folders(...Object.keys(FEATURES).filter((other) => other !== feature && !beneath.includes(other)), 'shell'),
    message: `The ${feature} feature imports the shared folders${beneath.length ? ` and ${beneath.join(', ')}` : ''} only; the shell composes features.`,
  })),
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
  packagesRefused(
    ['src/shared/**'],
    ['electron', 'electron/*', ...nodeBuiltins, 'react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks'],
    'src/shared is plain TypeScript: no Electron, Node, DOM or other runtime folder.',
  ),
  packagesRefused(
    ['src/main/**'],
    ['react', 'react-dom', 'dexie'],
    'src/main may import src/shared, Node and Electron only.',
  ),
  packagesRefused(['src/main/corpus/**'], ['electron', 'electron/*'], 'Parsers are pure TypeScript: no Electron.'),
  packagesRefused(
    ['src/preload/**'],
    [...nodeBuiltins, 'react', 'react-dom', 'dexie', '@electron-toolkit/*'],
    'The preload imports only electron and src/shared.',
  ),
  packagesRefused(['src/renderer/**'], ['electron', 'electron/*', ...nodeBuiltins], RENDERER_RUNTIME_MESSAGE),
  {
    // A module named at run time could be anything: every dynamic import names its module, so the
    // zones can judge it.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportExpression[source.type!='Literal']",
          message: 'A dynamic import names its module with a string literal, so its boundary can be checked.',
        },
      ],
    },
  },
  {
    // A cycle between modules makes load order matter and hides which way a dependency runs; the
    // zones are judged on where each import resolves.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      // Imported TypeScript files are parsed as TypeScript, so the rule can follow their imports.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
    },
  },
);

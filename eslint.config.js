// Lint rules, including the import boundaries between the four runtime folders.

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
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
function boundary(files, forbidden, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
    },
  };
}

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
    rules: { ...reactHooks.configs.recommended.rules },
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
  boundary(
    ['src/renderer/**'],
    ['electron', 'electron/*', ...nodeBuiltins, '**/main/**', '**/preload/**'],
    'The renderer talks to main only through the IPC client.',
  ),
);

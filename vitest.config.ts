// Unit tests beside the code: pure modules in Node, and code that touches the DOM or IndexedDB in
// real Chromium (Debian's, through Playwright; no browser is ever downloaded).

import { readFileSync } from 'node:fs';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        test: {
          name: 'node',
          testTimeout: 30_000,
          include: ['src/main/**/*.test.ts', 'src/shared/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        define: {
          __MINISEARCH_VERSION__: JSON.stringify(
            (JSON.parse(readFileSync('node_modules/minisearch/package.json', 'utf8')) as { version: string }).version,
          ),
        },
        // As in the renderer build: PouchDB's browser build needs the 'events' package.
        resolve: { alias: { events: 'events/' } },
        test: {
          name: 'chromium',
          testTimeout: 30_000,
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumPath,
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});

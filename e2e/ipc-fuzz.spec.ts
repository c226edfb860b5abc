// Fuzzes every contract method through main's real registerIpc, sender check and zod validation
// (the built main bundle on the Electron stand-in): no call crashes main, every call is answered
// with a result value, invalid ones with a typed error, and foreign senders are always refused.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { ipcChannel, ipcMethods } from '../src/shared/ipc/contract';
import { MainProcess } from './electron-stand-in/mainProcess';

const APP_PAGE = 'app://summit-reader/index.html';
const ERROR_CODES = [
  'invalid-arguments',
  'not-found',
  'forbidden-sender',
  'internal',
  'unknown-method',
  // Replication operations called before signing in say so in words.
  'sync-failed',
];
const RUNS = 40;

let main: MainProcess;
let windowId: number;

test.beforeAll(async () => {
  main = await MainProcess.start({ userDataDir: mkdtempSync(join(tmpdir(), 'summit-reader-fuzz-')) });
  const loaded = await main.waitFor((notice) => notice.notice === 'load-url');
  windowId = loaded.notice === 'load-url' ? loaded.windowId : 0;
  await main.request({ op: 'desktop', saveDirectory: mkdtempSync(join(tmpdir(), 'summit-reader-fuzz-saves-')) });
});

test.afterAll(async () => {
  await main?.stop();
});

type Result = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

function call(method: string, args: unknown[], frameUrl = APP_PAGE, parentUrl: string | null = null): Promise<Result> {
  return main.request<Result>({
    op: 'invoke',
    windowId,
    channel: ipcChannel(method as never),
    args,
    frameUrl,
    parentUrl,
  });
}

// Anything the page could send: values of every kind, odd strings, deep and wide structures.
const argument = fc.oneof(
  fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('../../etc/passwd', '', 'a'.repeat(100_000), '\u0000', 'summit-reader://talk/x', '__proto__'),
  fc.integer(),
  fc.uint8Array({ maxLength: 2048 }),
);

test(`every method answers ${RUNS} random calls with a result, never a crash`, async () => {
  test.setTimeout(240_000);
  let calls = 0;
  const internal: string[] = [];
  for (const method of ipcMethods) {
    await fc.assert(
      fc.asyncProperty(fc.array(argument, { maxLength: 4 }), async (args) => {
        const result = await call(method, args);
        calls++;
        expect(typeof result.ok, method).toBe('boolean');
        if (!result.ok) expect(ERROR_CODES, `${method}: ${result.error.message}`).toContain(result.error.code);
        // A handler that threw: a bug, even though it came back as a value.
        if (!result.ok && result.error.code === 'internal') internal.push(`${method}: ${result.error.message}`);
      }),
      { numRuns: RUNS },
    );
  }
  expect(internal).toEqual([]);
  // Main is still there and still serves the library.
  expect(await call('getLibrary', [])).toMatchObject({ ok: true });
  console.log(`IPC fuzz: ${calls} calls over ${ipcMethods.length} methods, all answered.`);
});

test('foreign pages and subframes are refused whatever they send', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...ipcMethods),
      fc.oneof(
        fc.webUrl().map((url) => ({ frameUrl: url, parentUrl: null })),
        fc.constant({ frameUrl: APP_PAGE, parentUrl: APP_PAGE }),
        fc
          .constantFrom(
            'file:///index.html',
            'app://evil/index.html',
            'app://summit-reader.evil/',
            'data:text/html,x',
            'about:blank',
          )
          .map((url) => ({ frameUrl: url, parentUrl: null })),
      ),
      fc.array(argument, { maxLength: 3 }),
      async (method, frame, args) => {
        const result = await call(method, args, frame.frameUrl, frame.parentUrl);
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      },
    ),
    { numRuns: 200 },
  );
});

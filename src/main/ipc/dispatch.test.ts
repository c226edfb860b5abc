import { describe, expect, it } from 'vitest';
import { parseBundled, BUNDLED } from '../../../test/fixtures/bundledCorpus';
import { buildLibrary } from '../library/library';
import { LibraryService } from '../library/libraryService';
import { dispatchIpc } from './dispatch';
import { createHandlers, type IpcHandlers } from './handlers';

const { library } = buildLibrary([parseBundled(BUNDLED.lightning2024)]);
const service = await LibraryService.create([parseBundled(BUNDLED.lightning2024)], undefined, null);
const clipboard: string[] = [];
const opened: string[] = [];
const handlers = createHandlers(service, {
  chooseImportFiles: async () => [],
  chooseSavePath: async () => null,
  chooseFolder: async () => null,
  chooseBackupFile: async () => null,
  writeClipboard: (text) => clipboard.push(text),
  confirmAndOpenExternal: async (url) => {
    opened.push(url);
    return true;
  },
});
const talkId = library.documents[0].talks[0].id;

describe('IPC dispatch', () => {
  it('answers a valid call with the handler’s value', async () => {
    const result = await dispatchIpc(handlers, 'getTalk', [talkId]);
    expect(result).toMatchObject({ ok: true, value: { talk: { id: talkId, title: 'Unsupported build warning' } } });
  });

  it.each([
    ['a number for an id', 'getTalk', [42]],
    ['a path for an id', 'getTalk', ['../../etc/passwd']],
    ['an empty id', 'getTalk', ['']],
    ['an overlong id', 'getTalk', ['a'.repeat(500)]],
    ['a missing argument', 'getTalk', []],
    ['an extra argument', 'getLibrary', ['x']],
    ['arguments that are not an array', 'getTalk', { 0: talkId }],
    ['an object pretending to be a string', 'getSource', [{ toString: () => 'x' }]],
  ])('refuses %s with a typed error value', async (_case, method, args) => {
    const result = await dispatchIpc(handlers, method, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('refuses a method the contract does not have, including inherited names', async () => {
    for (const method of ['deleteEverything', '__proto__', 'constructor', 'toString', 42, null]) {
      expect(await dispatchIpc(handlers, method, [])).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('reports a missing talk as not found', async () => {
    expect(await dispatchIpc(handlers, 'getTalk', ['no-such-talk'])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('turns a handler that throws into an internal error value', async () => {
    const failing: IpcHandlers = {
      ...handlers,
      getLibrary: () => {
        throw new Error('disk on fire');
      },
    };
    const original = console.error;
    console.error = () => undefined;
    try {
      const result = await dispatchIpc(failing, 'getLibrary', []);
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(JSON.stringify(result)).not.toContain('disk on fire');
    } finally {
      console.error = original;
    }
  });

  it('returns only plain data that survives structured cloning', async () => {
    const result = await dispatchIpc(handlers, 'getLibrary', []);
    // Plain data is what JSON can say: no class instances, Dates, Maps, functions or undefined
    // fields, which a structured clone would change or refuse and which a type-strict comparison
    // against the JSON round trip tells apart.
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
    expect(() => structuredClone(result)).not.toThrow();
  });
});

describe('platform calls', () => {
  it('writes text to the clipboard', async () => {
    expect(await dispatchIpc(handlers, 'writeClipboard', ['“A quote” — Someone'])).toEqual({ ok: true, value: true });
    expect(clipboard.at(-1)).toBe('“A quote” — Someone');
  });

  it('opens only https links, and only through the confirming service', async () => {
    expect(await dispatchIpc(handlers, 'openExternal', ['https://peps.python.org/pep-0703/'])).toEqual({
      ok: true,
      value: true,
    });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'http://example.com/']) {
      expect(await dispatchIpc(handlers, 'openExternal', [url])).toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments' },
      });
    }
    expect(opened).toEqual(['https://peps.python.org/pep-0703/']);
  });
});

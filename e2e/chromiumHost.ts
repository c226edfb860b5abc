// Chromium mode: the app's own main process (the built bundle on the Electron stand-in) serves the
// built renderer to Debian's Chromium. Every page request goes through main's app:// handler, the
// page's bridge is the built preload, and every call goes through main's registerIpc and its
// sender check. Only the transport between them is the test's.

import { readFile } from 'node:fs/promises';
import { chromium, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { MainProcess } from './electron-stand-in/mainProcess';

/** Stands in for app://summit-reader in the browser. It never changes, so relaunches find the same IndexedDB. */
export const CHROMIUM_ORIGIN = 'https://summit-reader.test';
const APP_ORIGIN = 'app://summit-reader';
const INVOKE_BINDING = '__standInInvoke';
const DELIVER_FUNCTION = '__standInDeliver';
/** A result holding bytes comes wrapped under this key, each byte array replaced by tokens. */
const PACKED_RESULT = '__standInPacked';
const BYTES_TOKEN = '__standInBytes';
const BYTES_PATH = '/__stand-in/bytes/';
/** A result whose JSON is longer than this is fetched as JSON text (see preloadScript). */
const LARGE_RESULT_CHARS = 32 * 1024;
const JSON_RESULT = '__standInJson';
/** Held bytes are served in pieces this size, fetched at once and joined (see preloadScript). */
const PIECE_BYTES = 64 * 1024;

export function chromiumExecutable(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** The URL the app sees for a page URL of the browser stand-in origin, and back. */
export function toAppUrl(browserUrl: string): string {
  return browserUrl.startsWith(CHROMIUM_ORIGIN) ? APP_ORIGIN + browserUrl.slice(CHROMIUM_ORIGIN.length) : browserUrl;
}

export function toBrowserUrl(appUrl: string): string {
  return appUrl.startsWith(APP_ORIGIN) ? CHROMIUM_ORIGIN + appUrl.slice(APP_ORIGIN.length) : appUrl;
}

/**
 * The page-side transport: a minimal `electron` module for the sandboxed preload (contextBridge and
 * ipcRenderer over a Playwright binding), then the built preload itself, evaluated before any page
 * script as Electron runs it. https://www.electronjs.org/docs/latest/tutorial/sandbox#preload-scripts
 */
function preloadScript(preloadSource: string): string {
  return `(() => {
  const invoke = window[${JSON.stringify(INVOKE_BINDING)}];
  const listeners = new Map();
  Object.defineProperty(window, ${JSON.stringify(DELIVER_FUNCTION)}, {
    value: (channel, args) => {
      for (const listener of [...(listeners.get(channel) ?? [])]) listener({ sender: null }, ...args);
    },
  });
  // Bytes in a result are fetched as bodies, as Electron's IPC copies them: a binding would send
  // them as base64 text that the page's main thread decodes, a cost Electron does not have. They
  // come in small pieces because this browser reads one large body in a single long task (30 ms
  // for 256 KB here), where Electron copies a result in one memcpy.
  const fetchHeld = async (tokens) => {
    const pieces = await Promise.all(
      tokens.map(async (token) => new Uint8Array(await (await fetch(${JSON.stringify(BYTES_PATH)} + token)).arrayBuffer())),
    );
    const joined = new Uint8Array(pieces.reduce((total, piece) => total + piece.length, 0));
    pieces.reduce((offset, piece) => (joined.set(piece, offset), offset + piece.length), 0);
    return joined;
  };
  const unpack = async (value) => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value[${JSON.stringify(BYTES_TOKEN)}])) return fetchHeld(value[${JSON.stringify(BYTES_TOKEN)}]);
    if (Array.isArray(value)) return Promise.all(value.map(unpack));
    const entries = await Promise.all(Object.entries(value).map(async ([key, item]) => [key, await unpack(item)]));
    return Object.fromEntries(entries);
  };
  // A large result is fetched as JSON text, the same way: through the binding, its object encoding
  // made the page's main thread decode a 700 KB library for 200 ms, and as one DevTools message of
  // text for up to 70 ms, where Electron reads a structured clone of it in a few.
  const fromJsonText = async (result) =>
    result !== null && typeof result === 'object' && Array.isArray(result[${JSON.stringify(JSON_RESULT)}])
      ? JSON.parse(new TextDecoder().decode(await fetchHeld(result[${JSON.stringify(JSON_RESULT)}])))
      : result;
  const ipcRenderer = {
    invoke: async (channel, ...args) => {
      const result = await fromJsonText(await invoke(channel, args));
      const packed = result !== null && typeof result === 'object' && ${JSON.stringify(PACKED_RESULT)} in result;
      return packed ? unpack(result[${JSON.stringify(PACKED_RESULT)}]) : result;
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: api, enumerable: true, configurable: false, writable: false });
    },
  };
  const require = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error('module not found: ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}

/**
 * Replaces each byte array in a result with the tokens of its pieces, which the page fetches, and
 * wraps the result if it had any; a large result is then held as JSON text the same way (the
 * contract's results are plain data, which JSON keeps).
 */
function packerInto(held: Map<string, Uint8Array>): (result: unknown) => unknown {
  let next = 0;
  let found = false;
  const hold = (bytes: Uint8Array): string[] => {
    const tokens: string[] = [];
    for (let start = 0; start < bytes.length || tokens.length === 0; start += PIECE_BYTES) {
      const token = `${Date.now().toString(36)}-${++next}`;
      held.set(token, bytes.subarray(start, start + PIECE_BYTES));
      tokens.push(token);
    }
    return tokens;
  };
  const pack = (value: unknown): unknown => {
    if (value instanceof Uint8Array) {
      found = true;
      return { [BYTES_TOKEN]: hold(value) };
    }
    if (Array.isArray(value)) return value.map(pack);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, pack(item)]));
    return value;
  };
  return (result) => {
    found = false;
    const packed = pack(result);
    const delivered = found ? { [PACKED_RESULT]: packed } : result;
    const json = JSON.stringify(delivered) as string | undefined;
    return json !== undefined && json.length > LARGE_RESULT_CHARS
      ? { [JSON_RESULT]: hold(new TextEncoder().encode(json)) }
      : delivered;
  };
}

function frameUrls(frame: Frame): { frameUrl: string; parentUrl: string | null } {
  const parent = frame.parentFrame();
  return { frameUrl: toAppUrl(frame.url()), parentUrl: parent ? toAppUrl(parent.url()) : null };
}

export interface ChromiumHost {
  context: BrowserContext;
  page: Page;
  main: MainProcess;
  windowId: number;
  /** The page of another window main opens (the sync sign-in window), once its path has loaded. */
  waitForWindow(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchChromiumHost(
  userDataDir: string,
  networkAttempts: string[],
  /**
   * For the start-up benchmark: the same shell with a blank document as the window's page, and a
   * step to run once the page exists but before it loads (to start a trace).
   */
  options: { blankPage?: boolean; beforeLoad?: (page: Page) => Promise<void> } = {},
): Promise<ChromiumHost> {
  const main = await MainProcess.start({ userDataDir });
  const loaded = await main.waitFor((notice) => notice.notice === 'load-url');
  if (loaded.notice !== 'load-url') throw new Error('unreachable');
  const windowId = loaded.windowId;

  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutable(),
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
    ],
  });
  const heldBytes = new Map<string, Uint8Array>();
  const packBytes = packerInto(heldBytes);
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (request.url().startsWith(`${CHROMIUM_ORIGIN}${BYTES_PATH}`)) {
      const token = request.url().slice(`${CHROMIUM_ORIGIN}${BYTES_PATH}`.length);
      const bytes = heldBytes.get(token);
      heldBytes.delete(token);
      if (!bytes) return route.fulfill({ status: 404 });
      return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from(bytes) });
    }
    if (!request.url().startsWith(`${CHROMIUM_ORIGIN}/`)) {
      networkAttempts.push(request.url());
      // The app's session would see this request first; it decides, as in the app.
      const verdict = await main
        .request<{ cancel: boolean }>({ op: 'web-request', url: request.url() })
        .catch(() => null);
      if (verdict && !verdict.cancel) networkAttempts.push(`allowed by the session: ${request.url()}`);
      await route.abort('blockedbyclient');
      return;
    }
    try {
      const response = await main.request<{ status: number; headers: Record<string, string>; body: Uint8Array }>({
        op: 'protocol',
        url: toAppUrl(request.url()),
        method: request.method(),
        headers: request.headers(),
      });
      await route.fulfill({ status: response.status, headers: response.headers, body: Buffer.from(response.body) });
    } catch {
      await route.abort('failed').catch(() => undefined);
    }
  });

  // Each window main makes is a page of its own, with the preload main gave that window and calls
  // that reach main as that window's.
  const pages = new Map<number, Page>();
  const attachWindow = async (id: number, page: Page): Promise<Page> => {
    const window = (await main.state()).windows.find((candidate) => candidate.id === id);
    const preloadPath = window?.webPreferences.preload;
    if (typeof preloadPath !== 'string') throw new Error(`Window ${id} was made without a preload.`);
    pages.set(id, page);
    await page.exposeBinding(INVOKE_BINDING, async (source, channel: string, args: unknown[]) =>
      packBytes(await main.request({ op: 'invoke', windowId: id, channel, args, ...frameUrls(source.frame) })),
    );
    await page.addInitScript({ content: preloadScript(await readFile(preloadPath, 'utf8')) });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame())
        void main.request({ op: 'page-event', windowId: id, name: 'did-start-loading' }).catch(() => undefined);
    });
    page.on('load', () => {
      void main
        .request({ op: 'page-event', windowId: id, name: 'did-finish-load' })
        .then(() => main.request({ op: 'page-event', windowId: id, name: 'ready-to-show' }))
        .catch(() => undefined);
    });
    // The person closing the window: main hears it as Electron reports it.
    page.on('close', () => {
      if (pages.get(id) === page) {
        pages.delete(id);
        void main.request({ op: 'close-window', windowId: id }).catch(() => undefined);
      }
    });
    return page;
  };
  const page = await attachWindow(windowId, context.pages()[0] ?? (await context.newPage()));

  const opened = new Map<number, Promise<Page>>();
  const stopNotices = main.onNotice((notice) => {
    if (notice.notice === 'send') {
      void pages
        .get(notice.windowId)
        ?.evaluate(
          ([name, channel, args]) =>
            (window as unknown as Record<string, (c: string, a: unknown[]) => void>)[name](channel, args),
          [DELIVER_FUNCTION, notice.channel, notice.args] as const,
        )
        .catch(() => undefined);
    } else if (notice.notice === 'load-url' && notice.windowId !== windowId && !opened.has(notice.windowId)) {
      const url = toBrowserUrl(notice.url);
      const ready = context.newPage().then(async (newPage) => {
        await attachWindow(notice.windowId, newPage);
        await newPage.goto(url);
        return newPage;
      });
      opened.set(notice.windowId, ready);
    } else if (notice.notice === 'window-closed') {
      const closing = pages.get(notice.windowId);
      pages.delete(notice.windowId);
      opened.delete(notice.windowId);
      if (closing && notice.windowId !== windowId) void closing.close().catch(() => undefined);
    }
  });
  const waitForWindow = async (path: string): Promise<Page> => {
    const notice = await main.waitFor(
      (candidate) =>
        candidate.notice === 'load-url' &&
        candidate.windowId !== windowId &&
        new URL(candidate.url).pathname === path &&
        opened.has(candidate.windowId),
    );
    if (notice.notice !== 'load-url') throw new Error('unreachable');
    const found = opened.get(notice.windowId);
    if (!found) throw new Error(`The window for ${path} is already closed.`);
    return found;
  };

  if (options.blankPage)
    await page.route(toBrowserUrl(loaded.url), (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Blank</title>' }),
    );
  await options.beforeLoad?.(page);
  await page.goto(toBrowserUrl(loaded.url));
  return {
    context,
    page,
    main,
    windowId,
    waitForWindow,
    close: async () => {
      stopNotices();
      pages.clear();
      await context.close();
      await main.stop();
    },
  };
}

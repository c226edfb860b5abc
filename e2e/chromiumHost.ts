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
  const ipcRenderer = {
    invoke: (channel, ...args) => invoke(channel, args),
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

function frameUrls(frame: Frame): { frameUrl: string; parentUrl: string | null } {
  const parent = frame.parentFrame();
  return { frameUrl: toAppUrl(frame.url()), parentUrl: parent ? toAppUrl(parent.url()) : null };
}

export interface ChromiumHost {
  context: BrowserContext;
  page: Page;
  main: MainProcess;
  windowId: number;
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
  const window = (await main.state()).windows.find((candidate) => candidate.id === windowId);
  const preloadPath = window?.webPreferences.preload;
  if (typeof preloadPath !== 'string') throw new Error('The window was made without a preload.');

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
  await context.route('**/*', async (route) => {
    const request = route.request();
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
  await context.exposeBinding(INVOKE_BINDING, (source, channel: string, args: unknown[]) =>
    main.request({ op: 'invoke', windowId, channel, args, ...frameUrls(source.frame) }),
  );
  await context.addInitScript({ content: preloadScript(await readFile(preloadPath, 'utf8')) });
  const page = context.pages()[0] ?? (await context.newPage());

  const stopSends = main.onNotice((notice) => {
    if (notice.notice !== 'send' || notice.windowId !== windowId) return;
    void page
      .evaluate(
        ([name, channel, args]) =>
          (window as unknown as Record<string, (c: string, a: unknown[]) => void>)[name](channel, args),
        [DELIVER_FUNCTION, notice.channel, notice.args] as const,
      )
      .catch(() => undefined);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame())
      void main.request({ op: 'page-event', windowId, name: 'did-start-loading' }).catch(() => undefined);
  });
  page.on('load', () => {
    void main
      .request({ op: 'page-event', windowId, name: 'did-finish-load' })
      .then(() => main.request({ op: 'page-event', windowId, name: 'ready-to-show' }))
      .catch(() => undefined);
  });
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
    close: async () => {
      stopSends();
      await context.close();
      await main.stop();
    },
  };
}

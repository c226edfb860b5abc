// A stand-in for Electron's main-process transport, loaded in place of the `electron` module when
// the built main bundle runs under plain Node. It carries windows, IPC, protocol requests and
// dialogs to the test process; everything the project wrote (registerIpc, the sender check, the
// protocol handler, session hardening, the menu) runs unchanged on top of it.
//
// Each behaviour reproduced here follows Electron's documentation, cited where it is implemented.

import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { ChildMessage, ParentRequest, StandInState } from './messages';

type Handler = (...args: never[]) => unknown;

function post(message: ChildMessage): void {
  process.send?.(message);
}

/** An event whose default can be prevented, as Electron passes to `close`, `will-navigate` and others. */
class PreventableEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

// ---- app: https://www.electronjs.org/docs/latest/api/app -------------------------------------

let ready = false;
let resolveReady: () => void = () => undefined;
const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
const paths = new Map<string, string>([
  // A fresh folder per process, so a packaged-style run never touches a real profile.
  ['appData', mkdtempSync(join(tmpdir(), 'summit-reader-appdata-'))],
  ['home', tmpdir()],
  ['temp', tmpdir()],
]);
const protocolClients: string[] = [];
let appName = 'Electron';

class App extends EventEmitter {
  /** Whether the app runs from a package; the harness sets it to check packaged behaviour. */
  isPackaged = process.env.STAND_IN_PACKAGED === '1';
  setName(name: string): void {
    appName = name;
  }
  getName(): string {
    return appName;
  }
  getPath(name: string): string {
    // "userData" defaults to appData joined with the app's name.
    if (name === 'userData' && !paths.has('userData')) return join(paths.get('appData') ?? tmpdir(), appName);
    const path = paths.get(name);
    if (!path) throw new Error(`Failed to get '${name}' path`);
    return path;
  }
  setPath(name: string, path: string): void {
    paths.set(name, path);
  }
  /** The folder passed to `electron <folder>`: the project root, as in `npm start`. */
  getAppPath(): string {
    return process.env.STAND_IN_APP_PATH ?? process.cwd();
  }
  isReady(): boolean {
    return ready;
  }
  whenReady(): Promise<void> {
    return readyPromise;
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  setAsDefaultProtocolClient(scheme: string): boolean {
    protocolClients.push(scheme);
    return true;
  }
  /** `before-quit` may be prevented; otherwise windows close and the process ends. */
  quit(): void {
    const event = new PreventableEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    for (const window of [...windows]) window.destroy();
    post({ kind: 'notice', notice: 'quit', code: 0 });
  }
  exit(code = 0): void {
    post({ kind: 'notice', notice: 'quit', code });
  }
}

export const app = new App();

// https://www.electronjs.org/docs/latest/api/process#processresourcespath-readonly
(process as { resourcesPath?: string }).resourcesPath =
  process.env.STAND_IN_RESOURCES_PATH ?? join(app.getAppPath(), 'node_modules', 'electron', 'dist', 'resources');

// ---- protocol: https://www.electronjs.org/docs/latest/api/protocol ---------------------------

const privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[] = [];
const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();

export const protocol = {
  /** "This method can only be used before the ready event of the app module gets emitted." */
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    for (const entry of schemes) privilegedSchemes.push({ scheme: entry.scheme, privileges: entry.privileges ?? {} });
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (!ready) throw new Error('protocol.handle may only be called after the app is ready');
    protocolHandlers.set(scheme, handler);
  },
};

// ---- ipcMain: https://www.electronjs.org/docs/latest/api/ipc-main ----------------------------

const invokeHandlers = new Map<string, Handler>();

export const ipcMain = {
  /** "Attempting to register a second handler for the same channel throws." */
  handle(channel: string, handler: Handler): void {
    if (invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    invokeHandlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    invokeHandlers.delete(channel);
  },
};

// ---- session: https://www.electronjs.org/docs/latest/api/session -----------------------------

type PermissionHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

const sessionHandlers: {
  permissionRequest: PermissionHandler | null;
  permissionCheck: ((...args: unknown[]) => boolean) | null;
  beforeRequest: BeforeRequest | null;
} = { permissionRequest: null, permissionCheck: null, beforeRequest: null };

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: PermissionHandler | null): void {
      sessionHandlers.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: ((...args: unknown[]) => boolean) | null): void {
      sessionHandlers.permissionCheck = handler;
    },
    // https://www.electronjs.org/docs/latest/api/web-request#webrequestonbeforerequestfilter-listener
    webRequest: {
      onBeforeRequest(_filter: unknown, listener: BeforeRequest): void {
        sessionHandlers.beforeRequest = listener;
      },
    },
  },
};

// ---- BrowserWindow and webContents ------------------------------------------------------------
// https://www.electronjs.org/docs/latest/api/browser-window, .../web-contents

let nextWindowId = 1;
const windows: BrowserWindow[] = [];

class WebContents extends EventEmitter {
  private zoomFactor = 1;
  private destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  constructor(readonly id: number) {
    super();
  }
  /** Sends an asynchronous message to the page: it reaches the preload's `ipcRenderer.on` listeners. */
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    post({ kind: 'notice', notice: 'send', windowId: this.id, channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  setZoomFactor(factor: number): void {
    this.zoomFactor = factor;
  }
  getZoomFactor(): number {
    return this.zoomFactor;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

interface WindowOptions {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  show?: boolean;
  title?: string;
  webPreferences?: Record<string, unknown>;
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows(): BrowserWindow[] {
    return [...windows];
  }
  static getFocusedWindow(): BrowserWindow | null {
    return windows.at(-1) ?? null;
  }

  readonly id = nextWindowId++;
  readonly webContents = new WebContents(this.id);
  private bounds: { x: number; y: number; width: number; height: number };
  private destroyed = false;
  private maximized = false;
  url: string | null = null;

  constructor(readonly options: WindowOptions = {}) {
    super();
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    windows.push(this);
    // "Emitted when a new webContents is created": before the window's page loads.
    app.emit('web-contents-created', {}, this.webContents);
    app.emit('browser-window-created', {}, this);
  }
  async loadURL(url: string): Promise<void> {
    this.url = url;
    post({ kind: 'notice', notice: 'load-url', windowId: this.id, url });
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return false;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds };
  }
  getBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** "Emitted when the window is going to be closed"; `preventDefault()` cancels the close. */
  close(): void {
    if (this.destroyed) return;
    const event = new PreventableEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroy();
    windows.splice(windows.indexOf(this), 1);
    this.emit('closed');
    post({ kind: 'notice', notice: 'window-closed', windowId: this.id });
    if (windows.length === 0) app.emit('window-all-closed');
  }
}

// ---- Menu, screen, dialog, shell, clipboard ---------------------------------------------------

let applicationMenu: { template: unknown[] } | null = null;

export const Menu = {
  buildFromTemplate(template: unknown[]): { template: unknown[] } {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown[] } | null): void {
    applicationMenu = menu;
  },
  getApplicationMenu(): { template: unknown[] } | null {
    return applicationMenu;
  },
};

export const screen = {
  getAllDisplays(): { workArea: { x: number; y: number; width: number; height: number } }[] {
    return [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
  },
};

/** What the test's stand-in user answers in dialogs, and what the app asked of the desktop. */
const desktop = {
  saveDirectory: tmpdir(),
  backupToOpen: null as string | null,
  importFiles: [] as string[],
  folders: 0,
  clipboard: [] as string[],
  openedLinks: [] as string[],
  messageBoxes: [] as string[],
  errorBoxes: [] as string[],
};

type DialogOptions = { defaultPath?: string; properties?: string[] };
const lastOf = (args: unknown[]): DialogOptions => (args.at(-1) ?? {}) as DialogOptions;

// https://www.electronjs.org/docs/latest/api/dialog
export const dialog = {
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> {
    return { canceled: false, filePath: join(desktop.saveDirectory, lastOf(args).defaultPath ?? 'file') };
  },
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    const properties = lastOf(args).properties ?? [];
    if (properties.includes('multiSelections')) {
      const files = desktop.importFiles.splice(0);
      return { canceled: files.length === 0, filePaths: files };
    }
    if (properties.includes('openDirectory')) {
      const folder = join(desktop.saveDirectory, `export-${++desktop.folders}`);
      await import('node:fs/promises').then((fs) => fs.mkdir(folder, { recursive: true }));
      return { canceled: false, filePaths: [folder] };
    }
    return desktop.backupToOpen
      ? { canceled: false, filePaths: [desktop.backupToOpen] }
      : { canceled: true, filePaths: [] };
  },
  /** The stand-in user agrees with every question: the first button. */
  async showMessageBox(...args: unknown[]): Promise<{ response: number }> {
    desktop.messageBoxes.push(String((args.at(-1) as { message?: string }).message ?? ''));
    return { response: 0 };
  },
  showErrorBox(title: string, content: string): void {
    desktop.errorBoxes.push(`${title}: ${content}`);
  },
};

export const shell = {
  async openExternal(url: string): Promise<void> {
    desktop.openedLinks.push(url);
  },
};

export const clipboard = {
  writeText(text: string): void {
    desktop.clipboard.push(text);
  },
  readText(): string {
    return desktop.clipboard.at(-1) ?? '';
  },
};

/**
 * https://www.electronjs.org/docs/latest/api/safe-storage: the system keyring. The stand-in's
 * "encryption" is reversible and keyless; it only keeps the plain password off the disk, as the
 * real one does, so main's own code can be exercised.
 */
export const safeStorage = {
  isEncryptionAvailable(): boolean {
    return true;
  },
  /** Linux only in Electron: which keyring encrypts. The stand-in plays a running Secret Service. */
  getSelectedStorageBackend(): string {
    return 'gnome_libsecret';
  },
  encryptString(text: string): Buffer {
    return Buffer.from([...Buffer.from(text, 'utf8')].map((byte) => byte ^ 0xa5));
  },
  decryptString(data: Buffer): string {
    return Buffer.from([...data].map((byte) => byte ^ 0xa5)).toString('utf8');
  },
};

// ---- the test process's requests ---------------------------------------------------------------

function windowById(id: number): BrowserWindow {
  const window = windows.find((candidate) => candidate.id === id);
  if (!window) throw new Error(`No window ${id}`);
  return window;
}

/** Plain data only crosses to the test process: functions in the menu template are dropped. */
function plainMenu(items: unknown): unknown {
  if (!Array.isArray(items)) return undefined;
  return items.map((item: Record<string, unknown>) => ({
    id: item.id,
    label: item.label,
    role: item.role,
    type: item.type,
    accelerator: item.accelerator,
    submenu: plainMenu(item.submenu),
  }));
}

function state(): StandInState {
  return {
    ready,
    name: appName,
    userData: app.getPath('userData'),
    privilegedSchemes,
    protocolHandlers: [...protocolHandlers.keys()],
    invokeChannels: [...invokeHandlers.keys()],
    protocolClients,
    windows: windows.map((window) => ({
      id: window.id,
      url: window.url,
      webPreferences: JSON.parse(JSON.stringify(window.options.webPreferences ?? {})),
    })),
    menu: plainMenu(applicationMenu?.template) as StandInState['menu'],
    desktop: {
      clipboard: desktop.clipboard,
      openedLinks: desktop.openedLinks,
      messageBoxes: desktop.messageBoxes,
      errorBoxes: desktop.errorBoxes,
    },
  };
}

/** An IpcMainInvokeEvent as Electron builds it: the sender's web contents and its frame. */
function invokeEvent(windowId: number, frameUrl: string, parentUrl: string | null): object {
  const parent = parentUrl === null ? null : { url: parentUrl, parent: null };
  // WebFrameMain: `parent` is null for a top frame, and `top` is the top frame (itself, for a top frame).
  const frame: Record<string, unknown> = { url: frameUrl, parent, origin: new URL(frameUrl).origin };
  frame.top = parent ?? frame;
  return {
    sender: windowById(windowId).webContents,
    senderFrame: frame,
    processId: 1,
    frameId: parent === null ? 1 : 2,
  };
}

async function serve(url: string, method: string, headers: Record<string, string>): Promise<unknown> {
  const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1));
  if (!handler) return { status: 404, headers: {}, body: new Uint8Array() };
  const response = await handler(new Request(url, { method, headers }));
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: new Uint8Array(await response.arrayBuffer()),
  };
}

async function answer(request: ParentRequest): Promise<unknown> {
  switch (request.op) {
    case 'state':
      return state();
    case 'invoke': {
      const handler = invokeHandlers.get(request.channel);
      // ipcRenderer.invoke rejects when main registered no handler for the channel.
      if (!handler) throw new Error(`No handler registered for '${request.channel}'`);
      return await (handler as (...args: unknown[]) => unknown)(
        invokeEvent(request.windowId, request.frameUrl, request.parentUrl),
        ...request.args,
      );
    }
    case 'protocol':
      return serve(request.url, request.method, request.headers);
    case 'page-event': {
      const window = windowById(request.windowId);
      if (request.name === 'ready-to-show') window.emit('ready-to-show');
      else window.webContents.emit(request.name);
      return null;
    }
    case 'navigate': {
      // will-navigate / will-redirect: the listeners may call preventDefault().
      const event = new PreventableEvent();
      windowById(request.windowId).webContents.emit(request.name, event, request.url);
      return { prevented: event.defaultPrevented };
    }
    case 'window-open': {
      const handler = windowById(request.windowId).webContents.windowOpenHandler;
      return handler ? handler({ url: request.url }) : { action: 'allow' };
    }
    case 'permission': {
      const handler = sessionHandlers.permissionRequest;
      if (!handler) return { granted: true };
      return new Promise((resolve) => handler({}, request.permission, (granted) => resolve({ granted })));
    }
    case 'web-request': {
      const listener = sessionHandlers.beforeRequest;
      if (!listener) return { cancel: false };
      return new Promise((resolve) =>
        listener({ url: request.url }, (response) => resolve({ cancel: Boolean(response.cancel) })),
      );
    }
    case 'app-event': {
      const event = new PreventableEvent();
      if (request.name === 'second-instance') app.emit('second-instance', event, request.argv ?? [], process.cwd());
      else if (request.name === 'open-url') app.emit('open-url', event, request.url);
      // macOS: the dock icon was clicked; the app reopens a window when it has none.
      else if (request.name === 'activate') app.emit('activate', event, windows.length > 0);
      return { prevented: event.defaultPrevented };
    }
    case 'menu-click': {
      // A person choosing the item: Electron calls its click handler.
      const find = (items: unknown): { click?: () => void } | undefined => {
        if (!Array.isArray(items)) return undefined;
        for (const item of items as { id?: string; click?: () => void; submenu?: unknown }[]) {
          if (item.id === request.itemId) return item;
          const inner = find(item.submenu);
          if (inner) return inner;
        }
        return undefined;
      };
      const item = find(applicationMenu?.template);
      if (!item?.click) throw new Error(`No menu item ${request.itemId}`);
      item.click();
      return null;
    }
    case 'close-window':
      windowById(request.windowId).close();
      return null;
    case 'quit':
      app.quit();
      return null;
    case 'desktop':
      if (request.saveDirectory !== undefined) desktop.saveDirectory = request.saveDirectory;
      if (request.backupToOpen !== undefined) desktop.backupToOpen = request.backupToOpen;
      if (request.importFiles !== undefined) desktop.importFiles = [...request.importFiles];
      return null;
  }
}

process.on('message', (message: ParentRequest) => {
  answer(message).then(
    (value) => post({ kind: 'reply', id: message.id, ok: true, value }),
    (error: unknown) =>
      post({ kind: 'reply', id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
// The test process owns this process: when it goes, so does the app.
process.on('disconnect', () => process.exit(0));

/** Called by the boot script once the entry module has been evaluated, as Electron emits `ready`. */
export function emitReady(): void {
  ready = true;
  app.emit('will-finish-launching');
  resolveReady();
  app.emit('ready', {}, {});
  post({ kind: 'notice', notice: 'ready' });
}

export default { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell };

// The messages between the test process and the app's main process running on the stand-in.

export type ParentRequest = { id: number } & (
  | { op: 'state' }
  | { op: 'invoke'; windowId: number; channel: string; args: unknown[]; frameUrl: string; parentUrl: string | null }
  | { op: 'protocol'; url: string; method: string; headers: Record<string, string> }
  | { op: 'page-event'; windowId: number; name: 'did-start-loading' | 'did-finish-load' | 'ready-to-show' }
  | { op: 'navigate'; windowId: number; name: 'will-navigate' | 'will-redirect'; url: string }
  | { op: 'window-open'; windowId: number; url: string }
  | { op: 'permission'; permission: string }
  | { op: 'web-request'; url: string }
  | { op: 'app-event'; name: 'second-instance' | 'open-url' | 'activate'; argv?: string[]; url?: string }
  | { op: 'menu-click'; itemId: string }
  | { op: 'close-window'; windowId: number }
  | { op: 'quit' }
  | { op: 'desktop'; saveDirectory?: string; backupToOpen?: string | null; importFiles?: string[] }
);

export type ChildMessage =
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: string }
  | { kind: 'notice'; notice: 'ready' }
  | { kind: 'notice'; notice: 'load-url'; windowId: number; url: string }
  | { kind: 'notice'; notice: 'send'; windowId: number; channel: string; args: unknown[] }
  | { kind: 'notice'; notice: 'window-closed'; windowId: number }
  | { kind: 'notice'; notice: 'quit'; code: number };

export interface MenuEntry {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  submenu?: MenuEntry[];
}

/** What the app did with Electron's API, as plain data. */
export interface StandInState {
  ready: boolean;
  name: string;
  userData: string;
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocolHandlers: string[];
  invokeChannels: string[];
  protocolClients: string[];
  windows: { id: number; url: string | null; webPreferences: Record<string, unknown> }[];
  menu: MenuEntry[] | undefined;
  desktop: { clipboard: string[]; openedLinks: string[]; messageBoxes: string[]; errorBoxes: string[] };
}

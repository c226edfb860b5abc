// Decides whether a URL belongs to the app's own pages. Pure, so it is tested with real URL strings.
//
// Node's URL parser (the one main runs) reports the origin "null" for every non-special scheme such
// as app://, so the app's URLs are recognised by scheme and host, never by comparing origins.

import { SIGN_IN_PAGE_PATH } from '../../shared/ipc/signIn';
import { APP_HOST, APP_SCHEME } from '../protocol/appProtocol';

/**
 * Whether this is a packaged build. A packaged build never reads ELECTRON_RENDERER_URL: whoever
 * sets the environment at launch must not get a remote page the app's IPC trusts. Main sets it
 * first thing at start-up; until then it is assumed packaged, the safe side.
 */
let packagedBuild = true;

export function setPackagedBuild(packaged: boolean): void {
  packagedBuild = packaged;
}

/** The dev server's origin when running `electron-vite dev`; null in a built or packaged app. */
export function devServerOrigin(env: NodeJS.ProcessEnv = process.env, packaged = packagedBuild): string | null {
  if (packaged) return null;
  const raw = env.ELECTRON_RENDERER_URL;
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The dev server's page to load in place of the built one, or null (always null when packaged). */
export function devServerPage(path = ''): string | null {
  const origin = devServerOrigin();
  const raw = process.env.ELECTRON_RENDERER_URL;
  return origin && raw ? new URL(path || raw, raw).href : null;
}

export function isAppUrl(raw: string, devOrigin: string | null = devServerOrigin()): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST && url.username === '' && url.password === '';
  return devOrigin !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === devOrigin;
}

/** The sync sign-in window's page: it may call only its own submit and cancel. */
export function isSignInPageUrl(raw: string): boolean {
  try {
    return new URL(raw).pathname === SIGN_IN_PAGE_PATH;
  } catch {
    return false;
  }
}

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** Only the top frame of an app page may call in; subframes, foreign pages and gone frames never can. */
export function isTrustedSenderFrame(frame: SenderFrame | null | undefined, devOrigin = devServerOrigin()): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url, devOrigin);
}

/** In `npm run dev` only: the dev server's pages and its hot-reload websocket, on the same host and port. */
export function isDevServerRequest(raw: string, devOrigin: string): boolean {
  try {
    const url = new URL(raw);
    const dev = new URL(devOrigin);
    const sameScheme = url.protocol === dev.protocol || url.protocol === (dev.protocol === 'https:' ? 'wss:' : 'ws:');
    return sameScheme && url.host === dev.host;
  } catch {
    return false;
  }
}

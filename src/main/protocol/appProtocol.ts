// The app:// origin the renderer is served from. It is fixed forever: the user's IndexedDB lives
// under it, so changing the scheme or host would strand their highlights and notes.

import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'summit-reader';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export { CONTENT_SECURITY_POLICY } from '../../shared/contentSecurityPolicy';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedAppPath = { ok: true; path: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps a URL path to a file inside `root`, refusing any path whose decoded form would leave it
 * (through "..", encoded separators, backslashes or NUL bytes).
 */
export function resolveContainedPath(root: string, urlPathname: string): ResolvedAppPath {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 400 };
  const relativePath = pathname.replace(/^\/+/, '') || 'index.html';
  const base = resolve(root);
  const target = resolve(base, relativePath);
  const fromBase = relative(base, target);
  if (fromBase === '' || fromBase === '..' || fromBase.startsWith(`..${sep}`) || isAbsolute(fromBase)) {
    return { ok: false, status: 403 };
  }
  return { ok: true, path: target };
}

/** Maps an app:// URL to a file inside `root`; URLs of any other scheme or host are refused. */
export function resolveAppPath(root: string, requestUrl: string): ResolvedAppPath {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 };
  return resolveContainedPath(root, url.pathname);
}

import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, resolveAppPath } from './appProtocol';

const root = resolve('/opt/summit-reader/out/renderer');

describe('app:// path containment', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppPath(root, `${APP_ORIGIN}/index.html`)).toEqual({ ok: true, path: join(root, 'index.html') });
    expect(resolveAppPath(root, `${APP_ORIGIN}/assets/index-abc.js`)).toEqual({
      ok: true,
      path: join(root, 'assets', 'index-abc.js'),
    });
    expect(resolveAppPath(root, `${APP_ORIGIN}/`)).toEqual({ ok: true, path: join(root, 'index.html') });
  });

  it.each(['/..%2f..%2fpackage.json', '/assets%2f..%2f..%2f..%2fetc%2fpasswd', '/a/..%2f..%2f..%2f'])(
    'refuses %s, whose encoded separators would escape the folder',
    (path) => {
      expect(resolveAppPath(root, `${APP_ORIGIN}${path}`)).toEqual({ ok: false, status: 403 });
    },
  );

  it.each(['/%2e%2e/%2e%2e/package.json', '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/../../../etc/passwd'])(
    'keeps %s inside the folder, since URL parsing resolves its dot segments first',
    (path) => {
      const resolved = resolveAppPath(root, `${APP_ORIGIN}${path}`);
      expect(resolved.ok && resolved.path.startsWith(`${root}/`)).toBe(true);
    },
  );

  it.each(['/..%5c..%5cwindows', '/index.html%00.js', '/%E0%A4%A'])('refuses the malformed path %s', (path) => {
    expect(resolveAppPath(root, `${APP_ORIGIN}${path}`)).toEqual({ ok: false, status: 400 });
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath(root, 'app://elsewhere/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'file:///etc/passwd')).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'not a url')).toEqual({ ok: false, status: 400 });
  });
});

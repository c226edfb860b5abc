import { describe, expect, it } from 'vitest';
import { devServerOrigin, isAppUrl, isDevServerRequest, isTrustedSenderFrame } from './appUrl';

describe('isAppUrl', () => {
  it('accepts the app origin exactly as Electron reports its pages', () => {
    expect(isAppUrl('app://summit-reader/index.html', null)).toBe(true);
    expect(isAppUrl('app://summit-reader/', null)).toBe(true);
    expect(isAppUrl('app://summit-reader/assets/index-abc.js?x=1#y', null)).toBe(true);
  });

  it('refuses other hosts, schemes, credentials and junk', () => {
    for (const url of [
      'app://evil/index.html',
      'app://summit-reader.evil/index.html',
      'app://user:pw@summit-reader/index.html',
      'https://evil.example/index.html',
      'https://summit-reader/index.html',
      'file:///tmp/index.html',
      'data:text/html,hi',
      'about:blank',
      'null',
      '',
    ])
      expect(isAppUrl(url, null), url).toBe(false);
  });

  it('accepts the dev server only when one is running', () => {
    expect(isAppUrl('http://localhost:5173/', null)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });

  it('reads the dev origin from ELECTRON_RENDERER_URL, and only an http one', () => {
    expect(devServerOrigin({ ELECTRON_RENDERER_URL: 'http://localhost:5173/index.html' }, false)).toBe(
      'http://localhost:5173',
    );
    expect(devServerOrigin({})).toBeNull();
    expect(devServerOrigin({ ELECTRON_RENDERER_URL: 'file:///x' }, false)).toBeNull();
    expect(devServerOrigin({ ELECTRON_RENDERER_URL: 'not a url' }, false)).toBeNull();
  });

  it('never reads ELECTRON_RENDERER_URL in a packaged build', () => {
    expect(devServerOrigin({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, true)).toBeNull();
  });
});

describe('isTrustedSenderFrame', () => {
  it('trusts the top frame of the app page', () => {
    expect(isTrustedSenderFrame({ url: 'app://summit-reader/index.html', parent: null }, null)).toBe(true);
  });

  it('refuses subframes, foreign pages and missing frames', () => {
    const top = { url: 'app://summit-reader/index.html', parent: null };
    expect(isTrustedSenderFrame({ url: 'app://summit-reader/index.html', parent: top }, null)).toBe(false);
    expect(isTrustedSenderFrame({ url: 'https://evil.example/', parent: null }, null)).toBe(false);
    expect(isTrustedSenderFrame({ url: 'file:///index.html', parent: null }, null)).toBe(false);
    expect(isTrustedSenderFrame(null, null)).toBe(false);
    expect(isTrustedSenderFrame(undefined, null)).toBe(false);
  });
});

describe('isDevServerRequest', () => {
  it('lets the dev page and its websocket through, and nothing else', () => {
    const dev = 'http://localhost:5173';
    expect(isDevServerRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isDevServerRequest('ws://localhost:5173/?token=x', dev)).toBe(true);
    expect(isDevServerRequest('ws://localhost:5174/', dev)).toBe(false);
    expect(isDevServerRequest('http://localhost:5173.evil.example/', dev)).toBe(false);
    expect(isDevServerRequest('https://example.com/', dev)).toBe(false);
  });
});

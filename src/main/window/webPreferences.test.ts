import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from './webPreferences';

describe('window web preferences', () => {
  it('isolate and sandbox the page and never give it Node', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});

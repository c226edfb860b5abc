// Checks the installer configuration: every fuse, the bundled resources and the link scheme.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINK_SCHEME } from '../src/shared/links';

const root = join(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8'));
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('electron-builder.json', () => {
  it('builds an AppImage and a deb, a dmg and an NSIS installer', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    expect(packageJson.scripts.dist).toContain('electron-builder');
  });

  it('keeps the fixed product name, whose user-data folder must never change', () => {
    expect(config.productName).toBe('Summit Reader');
    expect(packageJson.productName).toBe('Summit Reader');
  });

  it('flips every fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
    expect(config.asar).toBe(true);
  });

  it('ships the corpus, topics and PEP snapshot beside the app, where a packaged build looks for them', () => {
    expect(config.extraResources).toEqual([
      { from: 'resources/corpus', to: 'corpus' },
      { from: 'resources/topics.json', to: 'topics.json' },
      { from: 'resources/peps', to: 'peps' },
    ]);
    expect(config.files).toContain('out/**/*');
  });

  it('declares summit-reader:// links on every platform', () => {
    // macOS CFBundleURLTypes and the Windows registry entries are generated from `protocols`.
    expect(config.protocols).toEqual([{ name: 'Summit Reader link', schemes: [LINK_SCHEME] }]);
    expect(config.linux.mimeTypes).toEqual([`x-scheme-handler/${LINK_SCHEME}`]);
    expect(config.linux.desktop.entry.MimeType).toBe(`x-scheme-handler/${LINK_SCHEME};`);
  });
});

import { describe, expect, it } from 'vitest';
import { applySettings, DEFAULT_SETTINGS, normalizeSettings } from './readerSettings';

describe('reader settings', () => {
  it('falls back to defaults for missing or broken values and clamps ranges', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(
      normalizeSettings({
        theme: 'neon',
        fontSize: 400,
        lineHeight: 'x',
        lineWidth: 10,
        fontFamily: 'sans',
        reducedMotion: true,
      }),
    ).toEqual({
      theme: 'system',
      fontFamily: 'sans',
      fontSize: 32,
      lineHeight: DEFAULT_SETTINGS.lineHeight,
      lineWidth: 40,
      reducedMotion: true,
    });
  });

  it('puts the theme and typography on the page', () => {
    const root = document.createElement('div');
    applySettings({ ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 22 }, root);
    expect(root.dataset.theme).toBe('sepia');
    expect(root.style.getPropertyValue('--reading-font-size')).toBe('22px');
  });

  it('shows the system’s light or dark colours when following the system', () => {
    const root = document.createElement('div');
    applySettings({ ...DEFAULT_SETTINGS, theme: 'system' }, root, true);
    expect(root.dataset.theme).toBe('dark');
    applySettings({ ...DEFAULT_SETTINGS, theme: 'system' }, root, false);
    expect(root.dataset.theme).toBe('light');
  });
});

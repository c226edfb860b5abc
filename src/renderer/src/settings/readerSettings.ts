// The reader's typography and theme settings, their limits, and how they reach the page.

export const THEMES = ['system', 'light', 'dark', 'sepia', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Record<Theme, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
  sepia: 'Sepia',
  contrast: 'High contrast',
};

export interface ReaderSettings {
  theme: Theme;
  fontFamily: 'serif' | 'sans';
  /** Reading text size in pixels. */
  fontSize: number;
  lineHeight: number;
  /** Reading column width in characters. */
  lineWidth: number;
  reducedMotion: boolean;
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'system',
  fontFamily: 'serif',
  fontSize: 18,
  lineHeight: 1.65,
  lineWidth: 68,
  reducedMotion: false,
};

export const LIMITS = {
  fontSize: { min: 12, max: 32, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.05 },
  lineWidth: { min: 40, max: 100, step: 2 },
} as const;

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** Reads stored settings defensively: anything missing or out of range falls back to the default. */
export function normalizeSettings(stored: unknown): ReaderSettings {
  const value = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof ReaderSettings, unknown>>;
  return {
    theme: THEMES.includes(value.theme as Theme) ? (value.theme as Theme) : DEFAULT_SETTINGS.theme,
    fontFamily: value.fontFamily === 'sans' ? 'sans' : 'serif',
    fontSize: Math.round(clamp(value.fontSize, LIMITS.fontSize.min, LIMITS.fontSize.max, DEFAULT_SETTINGS.fontSize)),
    lineHeight: clamp(value.lineHeight, LIMITS.lineHeight.min, LIMITS.lineHeight.max, DEFAULT_SETTINGS.lineHeight),
    lineWidth: Math.round(
      clamp(value.lineWidth, LIMITS.lineWidth.min, LIMITS.lineWidth.max, DEFAULT_SETTINGS.lineWidth),
    ),
    reducedMotion: value.reducedMotion === true,
  };
}

/** The colours the reader sees: "system" follows the operating system's light or dark choice. */
export function shownTheme(theme: Theme, systemPrefersDark: boolean): Exclude<Theme, 'system'> {
  if (theme !== 'system') return theme;
  return systemPrefersDark ? 'dark' : 'light';
}

export const DARK_SCHEME_QUERY = '(prefers-color-scheme: dark)';

/** Puts the settings on the root element, where the stylesheet reads them. */
export function applySettings(
  settings: ReaderSettings,
  root: HTMLElement = document.documentElement,
  systemPrefersDark = window.matchMedia(DARK_SCHEME_QUERY).matches,
): void {
  root.dataset.theme = shownTheme(settings.theme, systemPrefersDark);
  root.dataset.fontFamily = settings.fontFamily;
  root.dataset.reducedMotion = String(settings.reducedMotion);
  root.style.setProperty('--reading-font-size', `${settings.fontSize}px`);
  root.style.setProperty('--reading-line-height', String(settings.lineHeight));
  root.style.setProperty('--reading-width', `${settings.lineWidth}ch`);
}

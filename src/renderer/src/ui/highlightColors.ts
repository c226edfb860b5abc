// The six highlight colours: the Okabe–Ito palette, which stays distinguishable with the common
// forms of colour blindness, each with a name so colour is never the only cue.

import { HIGHLIGHT_COLOR_NAMES, HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations';

/** Each colour's swatch, and how opaque it is painted over text (darker colours less, to keep text legible). */
const PALETTE: Record<HighlightColor, { swatch: string; opacity: number }> = {
  yellow: { swatch: '#F0E442', opacity: 0.55 },
  orange: { swatch: '#E69F00', opacity: 0.45 },
  blue: { swatch: '#56B4E9', opacity: 0.45 },
  green: { swatch: '#009E73', opacity: 0.38 },
  red: { swatch: '#D55E00', opacity: 0.38 },
  purple: { swatch: '#CC79A7', opacity: 0.45 },
};

export const COLOR_DETAILS = Object.fromEntries(
  HIGHLIGHT_COLORS.map((color) => [color, { label: HIGHLIGHT_COLOR_NAMES[color], swatch: PALETTE[color].swatch }]),
) as Record<HighlightColor, { label: string; swatch: string }>;

/** The CSS Custom Highlight name a colour is painted under. */
export function highlightName(color: HighlightColor): string {
  return `summit-${color}`;
}

/**
 * Adds the rule that paints each colour, made from the palette above so the colours are defined
 * once. A constructed style sheet is CSSOM, which the page's style-src policy allows.
 */
export function installHighlightStyles(target: Document = document): void {
  const sheet = new CSSStyleSheet();
  for (const color of HIGHLIGHT_COLORS) {
    const { swatch, opacity } = PALETTE[color];
    const alpha = Math.round(opacity * 255)
      .toString(16)
      .padStart(2, '0');
    sheet.insertRule(`::highlight(${highlightName(color)}) { background-color: ${swatch}${alpha}; }`);
  }
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
}

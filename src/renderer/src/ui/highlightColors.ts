// The six highlight colours: the Okabe–Ito palette, which stays distinguishable with the common
// forms of colour blindness, each with a name so colour is never the only cue.

import { HIGHLIGHT_COLOR_NAMES, type HighlightColor } from '../../../shared/annotations';

const SWATCHES: Record<HighlightColor, string> = {
  yellow: '#F0E442',
  orange: '#E69F00',
  blue: '#56B4E9',
  green: '#009E73',
  red: '#D55E00',
  purple: '#CC79A7',
};

export const COLOR_DETAILS = Object.fromEntries(
  Object.entries(SWATCHES).map(([color, swatch]) => [
    color,
    { label: HIGHLIGHT_COLOR_NAMES[color as HighlightColor], swatch },
  ]),
) as Record<HighlightColor, { label: string; swatch: string }>;

/** The CSS Custom Highlight name a colour is painted under. */
export function highlightName(color: HighlightColor): string {
  return `summit-${color}`;
}

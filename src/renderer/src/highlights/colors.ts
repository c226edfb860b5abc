// The six highlight colours: the Okabe–Ito palette, which stays distinguishable with the common
// forms of colour blindness, each with a name so colour is never the only cue.

import type { HighlightColor } from '../../../shared/annotations';

export const COLOR_DETAILS: Record<HighlightColor, { label: string; swatch: string }> = {
  yellow: { label: 'Yellow', swatch: '#F0E442' },
  orange: { label: 'Orange', swatch: '#E69F00' },
  blue: { label: 'Sky blue', swatch: '#56B4E9' },
  green: { label: 'Bluish green', swatch: '#009E73' },
  red: { label: 'Vermillion', swatch: '#D55E00' },
  purple: { label: 'Reddish purple', swatch: '#CC79A7' },
};

/** The CSS Custom Highlight name a colour is painted under. */
export function highlightName(color: HighlightColor): string {
  return `summit-${color}`;
}

// Each highlight colour is painted from the one palette, with the swatch the toolbar shows.

import { afterEach, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS } from '../../../shared/annotations';
import { COLOR_DETAILS, highlightName, installHighlightStyles } from './highlightColors';

afterEach(() => {
  document.adoptedStyleSheets = [];
});

it('adds one painting rule per colour, in that colour', () => {
  installHighlightStyles();
  const rules = [...document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])].map((rule) => rule.cssText);
  for (const color of HIGHLIGHT_COLORS) {
    const rule = rules.find((text) => text.includes(`::highlight(${highlightName(color)})`));
    const hex = COLOR_DETAILS[color].swatch.slice(1);
    const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16));
    expect(rule, color).toMatch(new RegExp(`background-color: rgba\\(${r}, ${g}, ${b}, 0\\.\\d+\\)`));
  }
});

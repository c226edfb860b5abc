import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, parseWindowState } from './windowState';

describe('window state', () => {
  it('reads what was stored and repairs what makes no sense', () => {
    expect(parseWindowState({ x: 10, y: 20, width: 1000, height: 700, maximized: true, zoomFactor: 1.2 })).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
      zoomFactor: 1.2,
    });
    expect(parseWindowState({ width: 10, height: 'tall', zoomFactor: 40 })).toEqual({
      width: 640,
      height: 820,
      maximized: false,
      zoomFactor: 3,
    });
    expect(parseWindowState(null)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a position that a display shows', () => {
    const state = { x: 100, y: 80, width: 1200, height: 800, maximized: false, zoomFactor: 1 };
    expect(fitToDisplays(state, [{ x: 0, y: 0, width: 1920, height: 1080 }])).toEqual(state);
  });

  it('forgets a position on a display that is gone, and fits the size to what remains', () => {
    const state = { x: 2500, y: 100, width: 1800, height: 1000, maximized: false, zoomFactor: 1 };
    expect(fitToDisplays(state, [{ x: 0, y: 0, width: 1440, height: 900 }])).toEqual({
      width: 1440,
      height: 900,
      maximized: false,
      zoomFactor: 1,
    });
  });
});

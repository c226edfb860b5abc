// The window's size, position and zoom, restored at start-up and kept on screen.

import { readFile } from 'node:fs/promises';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
  zoomFactor: number;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 820, maximized: false, zoomFactor: 1 };
const MIN_WIDTH = 640;
const MIN_HEIGHT = 420;

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Reads a stored state, falling back to defaults for anything missing or nonsensical. */
export function parseWindowState(raw: unknown): WindowState {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    ...(finite(value.x) && finite(value.y) ? { x: Math.round(value.x), y: Math.round(value.y) } : {}),
    width: finite(value.width) ? Math.max(MIN_WIDTH, Math.round(value.width)) : DEFAULT_WINDOW_STATE.width,
    height: finite(value.height) ? Math.max(MIN_HEIGHT, Math.round(value.height)) : DEFAULT_WINDOW_STATE.height,
    maximized: value.maximized === true,
    zoomFactor: finite(value.zoomFactor) ? Math.min(3, Math.max(0.5, value.zoomFactor)) : 1,
  };
}

/** Drops a remembered position that no display shows (a monitor was unplugged), and shrinks to fit. */
export function fitToDisplays(state: WindowState, workAreas: Area[]): WindowState {
  const area = workAreas.find(
    (candidate) =>
      state.x !== undefined &&
      state.y !== undefined &&
      state.x + 48 > candidate.x &&
      state.y >= candidate.y - 8 &&
      state.x < candidate.x + candidate.width - 48 &&
      state.y < candidate.y + candidate.height - 48,
  );
  const largest = [...workAreas].sort((a, b) => b.width * b.height - a.width * a.height)[0];
  const bounds = area ?? largest;
  const fitted = {
    ...state,
    width: bounds ? Math.min(state.width, bounds.width) : state.width,
    height: bounds ? Math.min(state.height, bounds.height) : state.height,
  };
  if (area) return fitted;
  // No display shows the old position: let the window open centred.
  return { width: fitted.width, height: fitted.height, maximized: fitted.maximized, zoomFactor: fitted.zoomFactor };
}

export async function readWindowState(path: string): Promise<WindowState> {
  try {
    return parseWindowState(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

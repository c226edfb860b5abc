// Work waits for the next frame to be painted, runs anyway when no frame comes, runs once, and a
// cancel at any stage stops it. Frames and timers are the test's own (fake), so the order is exact
// however busy the machine is.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, NO_FRAME_WAIT_MS } from './afterNextPaint';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('work after the next paint', () => {
  it('runs in a task after the next frame, not in the frame or before it', () => {
    let runs = 0;
    afterNextPaint(() => runs++);
    vi.advanceTimersByTime(0);
    expect(runs).toBe(0);
    // The frame's callbacks run; the work is queued as a task after them, then runs.
    vi.advanceTimersToNextFrame();
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS * 2);
    expect(runs).toBe(1);
  });

  it('does not run when cancelled before the frame', () => {
    let runs = 0;
    const cancel = afterNextPaint(() => runs++);
    cancel();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS * 2);
    expect(runs).toBe(0);
  });

  it('does not run when cancelled between the frame and its task', () => {
    let runs = 0;
    const cancel = afterNextPaint(() => runs++);
    vi.advanceTimersToNextFrame();
    cancel();
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS * 2);
    expect(runs).toBe(0);
  });
});

describe('a page that paints no frames (a hidden window)', () => {
  // Frames are asked for and come only when the test says.
  let frameCallbacks: FrameRequestCallback[] = [];
  beforeEach(() => {
    frameCallbacks = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frameCallbacks.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('runs the work once, after the wait, and not again when a frame comes late', () => {
    let runs = 0;
    afterNextPaint(() => runs++);
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS - 1);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
    frameCallbacks.forEach((callback) => callback(performance.now()));
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS * 2);
    expect(runs).toBe(1);
  });

  it('does not run when cancelled before the wait ends', () => {
    let runs = 0;
    const cancel = afterNextPaint(() => runs++);
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS - 1);
    cancel();
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS);
    expect(runs).toBe(0);
  });
});

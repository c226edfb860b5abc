// Work waits for the next frame to be painted, and a cancel at either stage stops it.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, NO_FRAME_WAIT_MS } from './afterNextPaint';

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('work after the next paint', () => {
  it('runs in a task after the next frame, not before it', async () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('work'));
    await nextTask();
    // A task queued before the frame runs first: the work waits for the frame.
    order.push('task before the frame');
    await nextFrame();
    order.push('frame');
    await nextTask();
    await nextTask();
    expect(order).toEqual(['task before the frame', 'frame', 'work']);
  });

  it('does not run when cancelled before the frame', async () => {
    let ran = false;
    const cancel = afterNextPaint(() => (ran = true));
    cancel();
    await nextFrame();
    await nextTask();
    await nextTask();
    expect(ran).toBe(false);
  });

  it('does not run when cancelled between the frame and its task', async () => {
    let ran = false;
    const cancel = afterNextPaint(() => (ran = true));
    // Frame callbacks run in the order asked for: by now the work's own has queued its task.
    await nextFrame();
    cancel();
    await nextTask();
    await nextTask();
    expect(ran).toBe(false);
  });
});

describe('a page that paints no frames', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs the work once after a short wait, and not again if a frame comes later', async () => {
    const frames: FrameRequestCallback[] = [];
    // A hidden window: frame callbacks are kept, never run, until the test runs them.
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    let runs = 0;
    afterNextPaint(() => runs++);
    await new Promise((resolve) => setTimeout(resolve, NO_FRAME_WAIT_MS / 2));
    expect(runs).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, NO_FRAME_WAIT_MS));
    expect(runs).toBe(1);
    frames.forEach((callback) => callback(performance.now()));
    await nextTask();
    expect(runs).toBe(1);
  });

  it('does not run when cancelled before the wait ends', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    let ran = false;
    const cancel = afterNextPaint(() => (ran = true));
    cancel();
    await new Promise((resolve) => setTimeout(resolve, NO_FRAME_WAIT_MS * 1.5));
    expect(ran).toBe(false);
  });
});

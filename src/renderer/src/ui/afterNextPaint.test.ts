// Work waits for the next frame to be painted, and a cancel at either stage stops it.

import { describe, expect, it } from 'vitest';
import { afterNextPaint } from './afterNextPaint';

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

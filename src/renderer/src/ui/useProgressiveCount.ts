// How much of a long list to show: a first slice at once, then a slice more per frame, so a list
// of thousands is built in pieces that each fit in a frame instead of in one task that holds the
// page. A change of `resetKey` (new filters) starts again from the first slice.

import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './afterNextPaint';

export function useProgressiveCount(total: number, resetKey: unknown, first: number, step: number): number {
  const [state, setState] = useState({ key: resetKey, count: first });
  const count = state.key === resetKey ? state.count : first;
  useEffect(() => {
    if (count >= total) return;
    // The next slice after the next frame has painted, as a transition: each frame lays out one
    // slice, and React may set a slice aside for input.
    return afterNextPaint(() => startTransition(() => setState({ key: resetKey, count: count + step })));
  }, [count, total, resetKey, step]);
  return Math.min(count, total);
}

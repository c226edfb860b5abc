// Runs work once the next frame has painted: a task queued from the frame's own callback, so the
// frame is laid out and painted first and the work does not lengthen it. A page that paints no
// frames (a hidden or minimised window) runs it after a short wait instead, so what waits on a
// paint (the search index, say) is never held back until the window is shown. Returns a cancel.

/** How long to wait for a frame before running the work anyway. */
export const NO_FRAME_WAIT_MS = 250;

export function afterNextPaint(work: () => void): () => void {
  let settled = false;
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): void => {
    settled = true;
    cancelAnimationFrame(frame);
    clearTimeout(afterFrame);
    clearTimeout(noFrame);
  };
  const runOnce = (): void => {
    if (settled) return;
    cancel();
    work();
  };
  // Both are set before either can fire: the cancel above only ever runs after this.
  const frame = requestAnimationFrame(() => {
    afterFrame = setTimeout(runOnce, 0);
  });
  const noFrame = setTimeout(runOnce, NO_FRAME_WAIT_MS);
  return cancel;
}

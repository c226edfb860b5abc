// Runs work once the next frame has painted: a task queued from the frame's own callback, so the
// frame is laid out and painted first and the work does not lengthen it. Returns a cancel.

export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

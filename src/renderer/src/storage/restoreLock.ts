// While a restore runs, the reader's edits and sync wait: an edit is kept and saved when the
// restore ends (merged field by field like any kept change), and sync starts no round. Views
// subscribe to say so.

let running = false;
const listeners = new Set<(running: boolean) => void>();

export function restoreRunning(): boolean {
  return running;
}

/** Runs `listener` with whether a restore is running, whenever that changes. */
export function onRestoreChange(listener: (running: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next: boolean): void {
  running = next;
  for (const listener of listeners) listener(next);
}

/** Runs a restore with edits and sync paused; `after` runs once it is over, whatever happened. */
export async function whileRestoring<T>(restore: () => Promise<T>, after: () => Promise<unknown>): Promise<T> {
  if (running) throw new Error('A restore is already running.');
  set(true);
  try {
    return await restore();
  } finally {
    set(false);
    await after().catch(() => undefined);
  }
}

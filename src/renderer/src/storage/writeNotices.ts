// Notices about changes that were not saved, for the one view that tells the reader.

/** What the reader is told about a change that could not be saved. */
export interface WriteFailure {
  /**
   * "kept": held for a retry; "lost": not saved and not kept (the message says why); "skipped": a
   * kept change that was not applied because the record was changed later elsewhere.
   */
  kind: 'kept' | 'lost' | 'skipped';
  message: string;
}

type FailureListener = (failure: WriteFailure) => void;
const failureListeners = new Set<FailureListener>();

export function onWriteFailure(listener: FailureListener): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

export function reportWriteFailure(failure: WriteFailure): void {
  for (const listener of failureListeners) listener(failure);
}

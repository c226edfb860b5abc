// What a failed write means: a transient failure (the database closed or busy) can succeed when
// tried again; any other (a full disk, a record the database refuses) cannot, and is told in words.

const TRANSIENT = new Set([
  'DatabaseClosedError',
  'AbortError',
  'TransactionInactiveError',
  'InvalidStateError',
  'TimeoutError',
  'UnknownError',
  'OpenFailedError',
  'PrematureCommitError',
]);

function errorName(error: unknown): string {
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  const name = (error as { name?: string } | null)?.name;
  return inner && inner !== 'Error' ? inner : (name ?? 'Error');
}

/** Whether trying again later can succeed: the database was closed or busy, not the data refused. */
export function isTransientFailure(error: unknown): boolean {
  return TRANSIENT.has(errorName(error));
}

/** The sentence the reader sees for a change that was not saved and not kept. */
export function lostMessage(error: unknown): string {
  const name = errorName(error);
  if (name === 'QuotaExceededError')
    return 'A change could not be saved: the disk is full or the app’s storage quota is used up. Free some space and make the change again.';
  return `A change could not be saved (${name}). It was not kept; make it again.`;
}

// Kept changes outlive the app: whenever the set of changes waiting to be saved changes, main
// holds a copy in a file; at start-up, what it held from the last session is applied (merged
// field by field like any kept change) and the file cleared once nothing waits.

import { useEffect } from 'react';
import { parseKeptChanges } from '../../../shared/keptChanges';
import { callMain } from '../ipc/client';
import { keptChanges, onPendingChange, restoreKeptChanges, type KeptChange } from '../storage/writes';

/** One hand-over at a time, so main never ends up holding an older set than the latest. */
let handing: Promise<void> = Promise.resolve();

function holdInMain(): Promise<void> {
  handing = handing.then(async () => void (await callMain('holdKeptChanges', JSON.stringify(keptChanges()))));
  return handing;
}

/** Applies the changes held from the last session; a failure is reported by the usual notice. */
async function applyHeld(): Promise<void> {
  const found = await callMain('keptChangesFromLastSession');
  const held = found.ok ? found.value.held : null;
  if (!held) return;
  const parsed = parseKeptChanges(held);
  if (!parsed.ok) return;
  await restoreKeptChanges(parsed.changes as KeptChange[]).catch(() => 0);
  await holdInMain();
}

export function useKeptChangesFile(onProblem: (message: string) => void): void {
  useEffect(() => {
    const stop = onPendingChange(() => void holdInMain());
    void applyHeld().catch((error: unknown) =>
      onProblem(`Changes kept from the last session could not be applied: ${String(error)}`),
    );
    return stop;
  }, [onProblem]);
}

// The library index from main, fetched again whenever `revision` changes (after an import, say).

import { startTransition, useEffect, useState } from 'react';
import type { LibraryIndex } from '../../../shared/model';
import type { QueryState } from '../ipc/useMainQuery';
import { callMain } from '../ipc/client';

export function useLibraryIndex(revision: number): QueryState<LibraryIndex> {
  const [state, setState] = useState<{ revision: number; value: QueryState<LibraryIndex> } | null>(null);
  useEffect(() => {
    let cancelled = false;
    void callMain('getLibrary').then((result) => {
      if (cancelled) return;
      // A transition: a library of thousands of talks is sorted and rendered in slices React may
      // interrupt, not in one task that holds the page.
      startTransition(() =>
        setState({
          revision,
          value: result.ok
            ? { status: 'ready', value: result.value }
            : { status: 'error', message: result.error.message },
        }),
      );
    });
    return () => {
      cancelled = true;
    };
  }, [revision]);
  // While a newer revision loads, keep showing the previous library rather than a blank one.
  return state?.value ?? { status: 'loading' };
}

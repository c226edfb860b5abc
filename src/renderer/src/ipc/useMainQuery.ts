// Loads one IPC result into a component, with explicit loading and error states.

import { useEffect, useState } from 'react';
import type { IpcArgs, IpcMethod, IpcReturn } from '../../../shared/ipc/contract';
import { callMain } from './client';

export type QueryState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

const LOADING = { status: 'loading' } as const;

export function useMainQuery<M extends IpcMethod>(method: M, ...args: IpcArgs<M>): QueryState<IpcReturn<M>> {
  const key = JSON.stringify([method, args]);
  const [settled, setSettled] = useState<{ key: string; state: QueryState<IpcReturn<M>> } | null>(null);
  useEffect(() => {
    let cancelled = false;
    const [calledMethod, calledArgs] = JSON.parse(key) as [M, IpcArgs<M>];
    void callMain(calledMethod, ...calledArgs).then((result) => {
      if (cancelled) return;
      setSettled({
        key,
        state: result.ok
          ? { status: 'ready', value: result.value }
          : { status: 'error', message: result.error.message },
      });
    });
    return () => {
      cancelled = true;
    };
  }, [key]);
  // A result for other arguments is stale: until the new one arrives, the query is loading.
  return settled !== null && settled.key === key ? settled.state : LOADING;
}

// Loads one IPC result into a component, with explicit loading and error states.

import { useEffect, useState } from 'react';
import type { IpcArgs, IpcMethod, IpcReturn } from '../../../shared/ipc/contract';
import { callMain } from '../ipc/client';

export type QueryState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

export function useMainQuery<M extends IpcMethod>(method: M, ...args: IpcArgs<M>): QueryState<IpcReturn<M>> {
  const [state, setState] = useState<QueryState<IpcReturn<M>>>({ status: 'loading' });
  const key = JSON.stringify(args);
  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    void callMain(method, ...(JSON.parse(key) as IpcArgs<M>)).then((result) => {
      if (cancelled) return;
      setState(result.ok ? { status: 'ready', value: result.value } : { status: 'error', message: result.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, [method, key]);
  return state;
}

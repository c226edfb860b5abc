// The renderer's one client for the IPC contract: the API the preload exposes, typed by the contract.

import { API_GLOBAL, type SummitApi } from '../../../shared/ipc/api';
import type { IpcArgs, IpcEvent, IpcEventArgs, IpcMethod, IpcReturn } from '../../../shared/ipc/contract';
import { ipcEventSubscriber } from '../../../shared/ipc/eventNames';
import { fail, type IpcResult } from '../../../shared/ipc/result';

function api(): SummitApi | null {
  const candidate = (window as unknown as Record<string, unknown>)[API_GLOBAL];
  return candidate && typeof candidate === 'object' ? (candidate as SummitApi) : null;
}

/** Calls a contract method; a missing bridge or a rejected call comes back as an error value too. */
export async function callMain<M extends IpcMethod>(method: M, ...args: IpcArgs<M>): Promise<IpcResult<IpcReturn<M>>> {
  const bridge = api();
  if (!bridge) return fail('internal', 'The app bridge is missing; this page is not running inside Summit Reader.');
  try {
    const invoke = bridge[method] as (...callArgs: IpcArgs<M>) => Promise<IpcResult<IpcReturn<M>>>;
    return await invoke(...args);
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}

/** Subscribes to an event main sends; returns the unsubscribe. Without a bridge nothing arrives. */
export function onMain<E extends IpcEvent>(name: E, listener: (...args: IpcEventArgs<E>) => void): () => void {
  const bridge = api();
  if (!bridge) return () => undefined;
  const subscribe = bridge[ipcEventSubscriber(name)] as (listener: (...args: IpcEventArgs<E>) => void) => () => void;
  return subscribe(listener);
}

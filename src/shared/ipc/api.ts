// The shape of the API the preload exposes and the renderer's client calls, derived from the contract.

import type { IpcArgs, IpcEvent, IpcEventArgs, IpcEventSubscriber, IpcMethod, IpcReturn } from './contract';
import type { IpcResult } from './result';

type MethodApi = {
  [M in IpcMethod]: (...args: IpcArgs<M>) => Promise<IpcResult<IpcReturn<M>>>;
};

/** `onMenuAction(listener)` and the like: each runs `listener` per event and returns an unsubscribe. */
type EventApi = {
  [E in IpcEvent as IpcEventSubscriber<E>]: (listener: (...args: IpcEventArgs<E>) => void) => () => void;
};

export type SummitApi = MethodApi & EventApi;

/** The name under which the preload exposes the API on `window`. */
export const API_GLOBAL = 'summit';

// The shape of the API the preload exposes and the renderer's client calls.

import type { IpcArgs, IpcMethod, IpcReturn } from './contract';
import type { IpcResult } from './result';

export type SummitApi = {
  [M in IpcMethod]: (...args: IpcArgs<M>) => Promise<IpcResult<IpcReturn<M>>>;
};

/** The name under which the preload exposes the API on `window`. */
export const API_GLOBAL = 'summit';

// Failures cross the process boundary as values, never as thrown errors.

export type IpcErrorCode =
  | 'invalid-arguments'
  | 'unknown-method'
  | 'forbidden-sender'
  | 'not-found'
  | 'internal'
  | 'unavailable'
  | 'sync-failed'
  /** The sync server could not be reached: changes wait on this computer. */
  | 'sync-offline';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: IpcErrorCode, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}

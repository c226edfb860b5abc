// Validates a call against the contract and runs its handler, turning every failure into a value.

import { ipcContract, isIpcMethod, type IpcMethod } from '../../shared/ipc/contract';
import { fail, type IpcResult } from '../../shared/ipc/result';
import type { IpcHandlers } from './handlers';

type AnyHandler = (...args: unknown[]) => IpcResult<unknown> | Promise<IpcResult<unknown>>;

export async function dispatchIpc(handlers: IpcHandlers, method: unknown, args: unknown): Promise<IpcResult<unknown>> {
  if (!isIpcMethod(method))
    return fail('unknown-method', `There is no method named ${JSON.stringify(String(method)).slice(0, 80)}.`);
  const parsed = ipcContract[method].args.safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `argument ${issue.path.join('.')}` : 'arguments';
    return fail('invalid-arguments', `${method}: ${where} ${issue?.message ?? 'are invalid'}.`);
  }
  try {
    const handler = handlers[method as IpcMethod] as AnyHandler;
    return await handler(...(parsed.data as unknown[]));
  } catch (error) {
    console.error(`IPC handler ${method} failed:`, error);
    return fail('internal', `${method} failed inside the app. The error was logged.`);
  }
}

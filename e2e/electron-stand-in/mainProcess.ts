// The test process's side of the stand-in: starts the built main bundle in a Node child process
// with `electron` resolved to the stand-in, sends it requests and receives what it sends.

import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ChildMessage, ParentRequest, StandInState } from './messages';

const root = join(import.meta.dirname, '..', '..');
export const BUILT_MAIN = join(root, 'out', 'main', 'index.js');

type Notice = Extract<ChildMessage, { kind: 'notice' }>;
type RequestBody = ParentRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export interface MainProcessOptions {
  userDataDir?: string;
  /** Runs as a packaged build would: `app.isPackaged` is true. */
  packaged?: boolean;
  /** `process.resourcesPath`: where a packaged build finds its extra resources. */
  resourcesPath?: string;
  env?: Record<string, string>;
}

export class MainProcess {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private readonly listeners = new Set<(notice: Notice) => void>();
  readonly notices: Notice[] = [];
  readonly output: string[] = [];
  private exited = false;

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: ChildMessage) => {
      if (message.kind === 'reply') {
        const waiter = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        if (message.ok) waiter?.resolve(message.value);
        else waiter?.reject(new Error(message.error));
        return;
      }
      this.notices.push(message);
      for (const listener of this.listeners) listener(message);
    });
    for (const stream of [child.stdout, child.stderr])
      stream?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    child.on('exit', () => {
      this.exited = true;
      for (const waiter of this.waiting.values()) waiter.reject(new Error('The main process exited.'));
      this.waiting.clear();
    });
  }

  /** Starts the built main bundle and waits until Electron's `ready` has been emitted. */
  static async start(options: MainProcessOptions = {}): Promise<MainProcess> {
    const child = fork(join(import.meta.dirname, 'boot.ts'), [BUILT_MAIN], {
      cwd: root,
      execArgv: ['--import', 'tsx', '--import', join(import.meta.dirname, 'register.mjs')],
      serialization: 'advanced',
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: {
        ...process.env,
        ...(options.userDataDir ? { SUMMIT_READER_USER_DATA: options.userDataDir } : {}),
        STAND_IN_PACKAGED: options.packaged ? '1' : '0',
        STAND_IN_APP_PATH: root,
        ...(options.resourcesPath ? { STAND_IN_RESOURCES_PATH: options.resourcesPath } : {}),
        ...options.env,
      },
    });
    const main = new MainProcess(child);
    await main.waitFor((notice) => notice.notice === 'ready', 30_000);
    return main;
  }

  request<T = unknown>(body: RequestBody): Promise<T> {
    if (this.exited) return Promise.reject(new Error('The main process has exited.'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.child.send({ ...body, id } as ParentRequest);
    });
  }

  state(): Promise<StandInState> {
    return this.request<StandInState>({ op: 'state' });
  }

  onNotice(listener: (notice: Notice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The first notice (already received or still to come) that matches. */
  waitFor(match: (notice: Notice) => boolean, timeoutMs = 15_000): Promise<Notice> {
    const seen = this.notices.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`The main process did not get there in ${timeoutMs} ms:\n${this.output.join('')}`));
      }, timeoutMs);
      const stop = this.onNotice((notice) => {
        if (!match(notice)) return;
        clearTimeout(timer);
        stop();
        resolve(notice);
      });
      this.child.once('exit', (code) => {
        clearTimeout(timer);
        stop();
        reject(new Error(`The main process exited (${code}) before getting there:\n${this.output.join('')}`));
      });
    });
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill();
    await gone;
  }
}

// Test support: a real pouchdb-server on 127.0.0.1, started as a child process and stopped by its
// own pid, and devices that each hold a PouchDB replica and a clock.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SERVER_BIN = join(import.meta.dirname, '..', '..', 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface SyncServer {
  url: string;
  /** Ends the server's open "admin party": from now on only this user, with this password, gets in. */
  addAdmin(name: string, password: string): Promise<void>;
  /** Stops the server by its pid (SIGTERM, or SIGKILL to kill it mid-write); an in-memory server loses its data. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('pouchdb-server did not start within 20 s');
}

/** A server in memory, or (`persistent`) one that keeps its data on disk across restarts. */
export async function startSyncServer(options: { persistent?: boolean } = {}): Promise<SyncServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const workDirectory = mkdtempSync(join(tmpdir(), 'summit-sync-server-'));
  let child: ChildProcess | null = null;
  const server: SyncServer = {
    url,
    addAdmin: async (name, password) => {
      const response = await fetch(`${url}_config/admins/${encodeURIComponent(name)}`, {
        method: 'PUT',
        body: JSON.stringify(password),
      });
      if (!response.ok) throw new Error(`Could not add the admin: ${response.status}`);
    },
    start: async () => {
      // Its own folder, so the config and log it writes never land in the project or leak between servers.
      const storage = options.persistent ? ['--dir', join(workDirectory, 'data')] : ['--in-memory'];
      child = spawn(process.execPath, [SERVER_BIN, ...storage, '--host', '127.0.0.1', '--port', String(port)], {
        stdio: 'ignore',
        cwd: workDirectory,
      });
      await waitUntilUp(url, child);
    },
    stop: async (signal = 'SIGTERM') => {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null || running.pid === undefined) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      process.kill(running.pid, signal);
      await exited;
    },
  };
  await server.start();
  return server;
}

// The reader's sync server, as main sees it: the address, database and user name kept in the
// profile, the password encrypted by the operating system (Electron's safeStorage) and never sent
// to the page, and requests made on the page's behalf only to that one database.

import { readFile } from 'node:fs/promises';
import { MAX_SYNC_BODY_BYTES, type SyncAccount, type SyncRequest, type SyncResponse } from '../../shared/sync/syncApi';
import { writeFileAtomic } from '../fsAtomic';

/** Encryption tied to the user's login, as Electron's safeStorage provides it. */
export interface SecretBox {
  isAvailable(): boolean;
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}

const REQUEST_TIMEOUT_MS = 60_000;

/** A CouchDB database name: lowercase, starting with a letter (the server's own rule). */
export const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

/** Only https, or plain http to this machine (a local server or a TLS proxy in front of one). */
export function checkServerUrl(text: string): { ok: true; url: URL } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: 'The server address is not a web address.' };
  }
  if (url.username || url.password)
    return { ok: false, message: 'Put the user name and password in their own fields.' };
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    return { ok: false, message: 'The server must use https (plain http only on this computer).' };
  if (url.search || url.hash) return { ok: false, message: 'The server address cannot have a query or a fragment.' };
  return { ok: true, url };
}

/** The database's own address, ending in a slash so relative paths stay inside it. */
export function databaseUrl(account: SyncAccount): URL {
  const server = new URL(account.serverUrl);
  const base = server.pathname.endsWith('/') ? server.pathname : `${server.pathname}/`;
  return new URL(`${base}${encodeURIComponent(account.database)}/`, server);
}

/** The full address of a request, or null when the path would leave the database. */
export function requestUrl(account: SyncAccount, path: string): URL | null {
  const base = databaseUrl(account);
  if (/^[a-z]+:|^\/|\\|%2e%2e|(^|\/)\.\.?(\/|$)/i.test(path)) return null;
  const url = new URL(path, base);
  return url.origin === base.origin && url.pathname.startsWith(base.pathname) ? url : null;
}

interface StoredAccount extends SyncAccount {
  /** The password, encrypted with the SecretBox, as base64. */
  secret: string;
}

export class SyncConnection {
  constructor(
    private readonly file: string,
    private readonly secrets: SecretBox,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  private async stored(): Promise<StoredAccount | null> {
    try {
      const parsed = JSON.parse(await readFile(this.file, 'utf8')) as Partial<StoredAccount>;
      if (!parsed.serverUrl || !parsed.database || !parsed.username || !parsed.secret) return null;
      return parsed as StoredAccount;
    } catch {
      return null;
    }
  }

  /** The account the reader signed in with, without its password; null when none. */
  async account(): Promise<SyncAccount | null> {
    const stored = await this.stored();
    return stored && { serverUrl: stored.serverUrl, database: stored.database, username: stored.username };
  }

  private authorization(username: string, password: string): string {
    return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
  }

  private async send(account: SyncAccount, password: string, request: SyncRequest): Promise<SyncResponse> {
    const url = requestUrl(account, request.path);
    if (!url) throw new Error(`The sync request “${request.path.slice(0, 80)}” leaves the reader's database.`);
    const response = await this.fetchImpl(url, {
      method: request.method,
      headers: {
        Accept: 'application/json',
        Authorization: this.authorization(account.username, password),
        ...(request.contentType ? { 'Content-Type': request.contentType } : {}),
      },
      body: request.body ?? undefined,
      redirect: 'error',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_SYNC_BODY_BYTES) throw new Error('The server sent more than a sync answer can hold.');
    const body = await response.text();
    if (Buffer.byteLength(body) > MAX_SYNC_BODY_BYTES)
      throw new Error('The server sent more than a sync answer can hold.');
    return { status: response.status, contentType: response.headers.get('content-type'), body };
  }

  /**
   * Checks the account against the server (the database must exist, or the user may create it),
   * then keeps it with the password encrypted. Nothing is kept when the check fails.
   */
  async signIn(account: SyncAccount, password: string): Promise<void> {
    const checked = checkServerUrl(account.serverUrl);
    if (!checked.ok) throw new Error(checked.message);
    if (!DATABASE_NAME.test(account.database))
      throw new Error(
        'The database name must start with a lowercase letter and use lowercase letters, digits and _$()+-/.',
      );
    if (!this.secrets.isAvailable())
      throw new Error('This system cannot encrypt the password, so it is not kept. Sync needs a system keyring.');
    const probe = await this.send(account, password, { method: 'GET', path: '', body: null, contentType: null });
    if (probe.status === 401 || probe.status === 403)
      throw new Error('The server refused this user name and password.');
    if (probe.status === 404) {
      const created = await this.send(account, password, { method: 'PUT', path: '', body: null, contentType: null });
      if (created.status >= 300)
        throw new Error(`The database “${account.database}” does not exist and could not be created.`);
    } else if (probe.status >= 300)
      // The status tells the words: a full server, a refused user, and so on.
      throw Object.assign(new Error(`The server answered ${probe.status}.`), { status: probe.status });
    const secret = this.secrets.encrypt(password).toString('base64');
    await writeFileAtomic(this.file, JSON.stringify({ ...account, secret } satisfies StoredAccount));
  }

  /** Forgets the password; the address, database and user name stay to fill the sign-in form. */
  async signOut(): Promise<void> {
    const stored = await this.stored();
    const kept = stored ? { serverUrl: stored.serverUrl, database: stored.database, username: stored.username } : {};
    await writeFileAtomic(this.file, JSON.stringify(kept));
  }

  /** The address, database and user name last signed in with, kept after signing out; null when none. */
  async remembered(): Promise<SyncAccount | null> {
    try {
      const parsed = JSON.parse(await readFile(this.file, 'utf8')) as Partial<SyncAccount>;
      if (typeof parsed.serverUrl !== 'string' || typeof parsed.database !== 'string') return null;
      if (typeof parsed.username !== 'string') return null;
      return { serverUrl: parsed.serverUrl, database: parsed.database, username: parsed.username };
    } catch {
      return null;
    }
  }

  /**
   * Makes one replication request for the page, to the signed-in database only. A server that
   * lost the database (a new disk, a reinstall) gets it made again, so the devices can push
   * everything back.
   */
  async request(request: SyncRequest): Promise<SyncResponse> {
    const stored = await this.stored();
    if (!stored) throw new Error('Sync is not set up: sign in to a server first.');
    const password = this.secrets.decrypt(Buffer.from(stored.secret, 'base64'));
    const response = await this.send(stored, password, request);
    if (request.method !== 'GET' || request.path !== '' || response.status !== 404) return response;
    const created = await this.send(stored, password, { method: 'PUT', path: '', body: null, contentType: null });
    if (created.status >= 300) return response;
    return this.send(stored, password, request);
  }
}

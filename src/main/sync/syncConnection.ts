// The reader's sync server, as main sees it: the address, database and user name kept in the
// profile, the password encrypted by the operating system (Electron's safeStorage) and sent only
// to the server's `_session` to get a session cookie, which every other request carries. The page
// gets the replication operations below and nothing else: main builds each request's address,
// method and body itself, only inside the signed-in database.

import { readFile } from 'node:fs/promises';
import type {
  SyncAccount,
  SyncAccountView,
  SyncBulkDocsResult,
  SyncBulkGet,
  SyncChanges,
  SyncInfo,
  SyncOperationArgs,
  SyncRevsDiff,
} from '../../shared/sync/syncApi';
import { writeFileAtomic } from '../fsAtomic';
import { bulkDocsAnswer, bulkGetAnswer, changesAnswer, infoAnswer, revsDiffAnswer } from './replicationAnswers';
import { statusInWords, SyncFailure, SyncHttp, type SyncAnswer } from './syncHttp';

/** Encryption tied to the user's login, as Electron's safeStorage provides it. */
export interface SecretBox {
  isAvailable(): boolean;
  /** Linux: the keyring Electron chose; `basic_text` means a built-in key, which protects nothing. */
  backend?(): string;
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}

/** A CouchDB database name: lowercase, starting with a letter (the server's own rule). */
export const DATABASE_NAME = /^[a-z][a-z0-9_$()+-]{0,237}$/;

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
  // The cloud's metadata service lives at a link-local address; no CouchDB does.
  if (/^169\.254\./.test(url.hostname) || /^\[fe80:/i.test(url.hostname))
    return { ok: false, message: 'The server address is a link-local address, which is not a sync server.' };
  if (/(^|\/)(\.|%2e){1,2}(\/|$)/i.test(text.replace(/^[a-z]+:\/\/[^/]*/i, '')) || /\/_/.test(url.pathname))
    return { ok: false, message: 'The server address must be the server’s own address, without a database path.' };
  return { ok: true, url };
}

/** The server's address, ending in a slash. */
function serverBase(account: SyncAccount): URL {
  const server = new URL(account.serverUrl);
  return new URL(server.pathname.endsWith('/') ? server.pathname : `${server.pathname}/`, server);
}

/** A request's address inside the database: fixed segments, each encoded, and a built query. */
export function databaseUrl(account: SyncAccount, segments: string[] = [], query: Record<string, string> = {}): URL {
  const base = serverBase(account);
  const path = [account.database, ...segments].map(encodeURIComponent).join('/');
  const url = new URL(`${base.pathname}${path}${segments.length === 0 ? '/' : ''}`, base);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url;
}

interface StoredAccount extends SyncAccountView {
  /** The password, encrypted with the SecretBox, as base64. */
  secret: string;
}

export class SyncConnection {
  private readonly http: SyncHttp;
  /** The session cookie of the account signed in to; in memory only, renewed from the password. */
  private cookie: string | null = null;
  /** The database of the request being made, for the words of its failure. */
  private current = '';

  constructor(
    private readonly file: string,
    private readonly secrets: SecretBox,
    fetchImpl: typeof fetch = fetch,
  ) {
    this.http = new SyncHttp(fetchImpl);
  }

  private async stored(): Promise<StoredAccount | null> {
    try {
      const parsed = JSON.parse(await readFile(this.file, 'utf8')) as Partial<StoredAccount>;
      if (!parsed.serverUrl || !parsed.database || !parsed.username || !parsed.secret) return null;
      return { ...parsed, serverAdmin: parsed.serverAdmin === true } as StoredAccount;
    } catch {
      return null;
    }
  }

  /** The account the reader signed in with, without its password; null when none. */
  async account(): Promise<SyncAccountView | null> {
    const stored = await this.stored();
    return (
      stored && {
        serverUrl: stored.serverUrl,
        database: stored.database,
        username: stored.username,
        serverAdmin: stored.serverAdmin,
      }
    );
  }

  /** Signs in at `_session`; the password goes nowhere else. Returns whether the user is a server admin. */
  private async openSession(account: SyncAccount, password: string): Promise<boolean> {
    const answer = await this.http.send({
      method: 'POST',
      url: new URL('_session', serverBase(account)),
      body: JSON.stringify({ name: account.username, password }),
    });
    if (answer.status === 401 || answer.status === 403)
      throw new SyncFailure('The server refused this user name and password.');
    if (answer.status >= 300 || !answer.cookie) throw new SyncFailure(statusInWords(answer.status, account.database));
    this.cookie = answer.cookie;
    const roles = (answer.json as { roles?: unknown } | null)?.roles;
    return Array.isArray(roles) && roles.includes('_admin');
  }

  /**
   * One request to the signed-in database. A missing session (a restart, or the server's expired)
   * is opened with the stored password once; the password itself never goes with the request.
   */
  private async database(
    method: 'GET' | 'POST' | 'PUT',
    segments: string[],
    options: { query?: Record<string, string>; body?: unknown } = {},
  ): Promise<SyncAnswer> {
    const stored = await this.stored();
    if (!stored) throw new SyncFailure('Sync is not set up: sign in to a server first.');
    this.current = stored.database;
    const send = async (): Promise<SyncAnswer> => {
      const answer = await this.http.send({
        method,
        url: databaseUrl(stored, segments, options.query),
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        cookie: this.cookie,
      });
      if (answer.cookie) this.cookie = answer.cookie;
      return answer;
    };
    let answer = this.cookie ? await send() : null;
    if (!answer || answer.status === 401) {
      await this.openSession(stored, this.secrets.decrypt(Buffer.from(stored.secret, 'base64')));
      answer = await send();
    }
    return answer;
  }

  private expect(answer: SyncAnswer, database = this.current, ok: number[] = [200, 201]): unknown {
    if (!ok.includes(answer.status)) throw new SyncFailure(statusInWords(answer.status, database));
    return answer.json;
  }

  /**
   * Checks the account against the server (the database must exist, or the user may create it),
   * then keeps it with the password encrypted. Nothing is kept when the check fails.
   */
  async signIn(account: SyncAccount, password: string): Promise<SyncAccountView> {
    const checked = checkServerUrl(account.serverUrl);
    if (!checked.ok) throw new SyncFailure(checked.message);
    if (!DATABASE_NAME.test(account.database))
      throw new SyncFailure(
        'The database name must start with a lowercase letter and use lowercase letters, digits and _$()+-.',
      );
    if (!this.secrets.isAvailable())
      throw new SyncFailure('This system cannot encrypt the password, so it is not kept. Sync needs a system keyring.');
    if (this.secrets.backend?.() === 'basic_text')
      throw new SyncFailure(
        'No system keyring is running (such as GNOME Keyring or KWallet), so the password could only be kept with a key anyone copying your profile could use. It was not kept. Start or unlock your keyring, then sign in again.',
      );
    this.cookie = null;
    const serverAdmin = await this.openSession(account, password);
    const probe = await this.http.send({ method: 'GET', url: databaseUrl(account), cookie: this.cookie });
    if (probe.status === 404) {
      const created = await this.http.send({ method: 'PUT', url: databaseUrl(account), cookie: this.cookie });
      if (created.status >= 300)
        throw new SyncFailure(`The database “${account.database}” does not exist and this account may not create it.`);
    } else this.expect(probe, account.database);
    const secret = this.secrets.encrypt(password).toString('base64');
    const view: SyncAccountView = { ...account, serverAdmin };
    // Only the user may read the file (0600): it names the server and holds the encrypted password.
    await writeFileAtomic(this.file, JSON.stringify({ ...view, secret } satisfies StoredAccount), undefined, 0o600);
    return view;
  }

  /**
   * Forgets the password and the session, and keeps the address, database and user name, so the
   * next sign-in starts from them: the reader who signs out to change a password or pause sync
   * should not have to look them up again.
   */
  async signOut(): Promise<void> {
    this.cookie = null;
    const last = await this.lastDetails();
    await writeFileAtomic(this.file, JSON.stringify(last ?? {}), undefined, 0o600);
  }

  /** The address, database and user name last signed in with, signed in or not; null when none. */
  async lastDetails(): Promise<SyncAccount | null> {
    try {
      const parsed = JSON.parse(await readFile(this.file, 'utf8')) as Partial<StoredAccount>;
      const { serverUrl, database, username } = parsed;
      if (typeof serverUrl !== 'string' || typeof database !== 'string' || typeof username !== 'string') return null;
      return { serverUrl, database, username };
    } catch {
      return null;
    }
  }

  /**
   * The server's uuid and the database's sequence. A server that lost the database (a new disk,
   * a reinstall) gets it made again, so the devices can push everything back.
   */
  async info(): Promise<SyncInfo> {
    const stored = await this.stored();
    let database = await this.database('GET', []);
    if (database.status === 404 && stored) {
      // A server that lost its data may have restarted too: its old session goes with it.
      this.cookie = null;
      await this.database('PUT', []);
      database = await this.database('GET', []);
    }
    const db = this.expect(database);
    const server = stored
      ? await this.http.send({ method: 'GET', url: serverBase(stored), cookie: this.cookie })
      : null;
    return infoAnswer(server?.status === 200 ? server.json : null, db);
  }

  /** A replication checkpoint, or null when there is none yet. */
  async readCheckpoint(...[id]: SyncOperationArgs<'readCheckpoint'>): Promise<{ doc: Record<string, unknown> | null }> {
    const answer = await this.database('GET', ['_local', id.slice('_local/'.length)]);
    if (answer.status === 404) return { doc: null };
    const doc = this.expect(answer) as Record<string, unknown> | null;
    return { doc: doc && doc._id === id ? doc : null };
  }

  async writeCheckpoint(...[doc]: SyncOperationArgs<'writeCheckpoint'>): Promise<{ id: string; rev: string }> {
    const answer = await this.database('PUT', ['_local', doc._id.slice('_local/'.length)], { body: doc });
    const written = this.expect(answer) as { rev?: unknown } | null;
    return { id: doc._id, rev: typeof written?.rev === 'string' ? written.rev.slice(0, 40) : '0-1' };
  }

  async changes(...[request]: SyncOperationArgs<'changes'>): Promise<SyncChanges> {
    const query = { style: 'all_docs', since: String(request.since), limit: String(request.limit) };
    return changesAnswer(this.expect(await this.database('GET', ['_changes'], { query })));
  }

  async revsDiff(...[request]: SyncOperationArgs<'revsDiff'>): Promise<SyncRevsDiff> {
    return revsDiffAnswer(this.expect(await this.database('POST', ['_revs_diff'], { body: request })));
  }

  async bulkGet(...[request]: SyncOperationArgs<'bulkGet'>): Promise<SyncBulkGet> {
    const answer = await this.database('POST', ['_bulk_get'], {
      query: { revs: 'true', latest: 'true' },
      body: request,
    });
    return bulkGetAnswer(this.expect(answer));
  }

  async bulkDocs(...[request]: SyncOperationArgs<'bulkDocs'>): Promise<SyncBulkDocsResult> {
    return bulkDocsAnswer(
      this.expect(await this.database('POST', ['_bulk_docs'], { body: request }), this.current, [201, 200]),
    );
  }
}

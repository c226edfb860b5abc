// Main's requests to the sync server: answers read as a stream and cut off past the size limit (so
// a hostile server cannot fill memory), a cap on requests in flight, a time limit, no redirects,
// and every failure turned into words for the reader. Status codes never leave this module.

import { MAX_SYNC_BODY_BYTES } from '../../shared/sync/syncApi';
import { describeSyncError, SYNC_WORDS } from '../../shared/sync/syncErrorWords';

const REQUEST_TIMEOUT_MS = 60_000;
/** PouchDB sends a few requests at once; more than this wait their turn. */
export const MAX_REQUESTS_IN_FLIGHT = 4;
/** A page that queues more than this is refused rather than held in memory. */
const MAX_REQUESTS_WAITING = 64;

/** A failure already worded for the reader; `offline` when the server could not be reached. */
export class SyncFailure extends Error {
  constructor(
    message: string,
    readonly offline = false,
  ) {
    super(message);
  }
}

export const UNREACHABLE =
  'The sync server cannot be reached (network down or server stopped). Changes are kept on this computer.';
const TOO_LARGE = 'The sync server sent more than a sync answer can hold, so it was refused.';

export interface SyncAnswer {
  status: number;
  /** The parsed JSON body; null when it was empty. */
  json: unknown;
  /** The `AuthSession` cookie the server set, if any. */
  cookie: string | null;
}

export interface SyncHttpRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: URL;
  body?: string;
  cookie?: string | null;
}

/** Reads a body to its end, or throws (and stops the transfer) once it passes `max` bytes. */
export async function readBounded(response: Response, max: number, stop: () => void): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > max) {
    stop();
    throw new SyncFailure(TOO_LARGE);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      chunks.length = 0;
      stop();
      await reader.cancel().catch(() => undefined);
      throw new SyncFailure(TOO_LARGE);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

function sessionCookie(response: Response): string | null {
  for (const line of response.headers.getSetCookie?.() ?? []) {
    const match = /^AuthSession=([^;]*)/.exec(line);
    if (match) return `AuthSession=${match[1]}`;
  }
  return null;
}

export class SyncHttp {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly fetchImpl: typeof fetch = fetch,
    private readonly maxBytes = MAX_SYNC_BODY_BYTES,
  ) {}

  private async turn(): Promise<() => void> {
    if (this.inFlight >= MAX_REQUESTS_IN_FLIGHT) {
      if (this.waiting.length >= MAX_REQUESTS_WAITING)
        throw new SyncFailure('Too many sync requests at once; the extra ones were refused.');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.inFlight++;
    return () => {
      this.inFlight--;
      this.waiting.shift()?.();
    };
  }

  /** Requests now in flight (for tests of the cap). */
  get active(): number {
    return this.inFlight;
  }

  async send(request: SyncHttpRequest): Promise<SyncAnswer> {
    if (request.body !== undefined && Buffer.byteLength(request.body) > this.maxBytes)
      throw new SyncFailure('A sync request was larger than the server is sent, so it was not sent.');
    const release = await this.turn();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, REQUEST_TIMEOUT_MS);
    try {
      let response: Response;
      try {
        response = await this.fetchImpl(request.url, {
          method: request.method,
          headers: {
            Accept: 'application/json',
            ...(request.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
            ...(request.cookie ? { Cookie: request.cookie } : {}),
          },
          body: request.body,
          redirect: 'error',
          signal: controller.signal,
        });
      } catch (error) {
        throw failureToReach(error, timedOut);
      }
      let text: string;
      try {
        text = await readBounded(response, this.maxBytes, () => controller.abort());
      } catch (error) {
        if (error instanceof SyncFailure) throw error;
        throw failureToReach(error, timedOut);
      }
      let json: unknown = null;
      if (text.trim() !== '') {
        try {
          json = JSON.parse(text);
        } catch {
          throw new SyncFailure('The sync server’s answer was not understood (it is not a CouchDB server?).');
        }
      }
      return { status: response.status, json, cookie: sessionCookie(response) };
    } finally {
      clearTimeout(timer);
      release();
    }
  }
}

/**
 * Why the server could not be reached, in the words the reader meets everywhere: nothing answering
 * at the address, an untrusted certificate, a timeout or no network are told apart, since each asks
 * the reader to do something else.
 */
function failureToReach(error: unknown, timedOut: boolean): SyncFailure {
  if (timedOut) return new SyncFailure(SYNC_WORDS.timeout, true);
  const problem = describeSyncError(error);
  if (problem.message === SYNC_WORDS.unknown) return new SyncFailure(UNREACHABLE, true);
  return new SyncFailure(problem.message, problem.kind === 'offline');
}

/** Words for a status the caller did not expect. */
export function statusInWords(status: number, database: string): string {
  if (status === 401) return 'The sync server no longer accepts this sign-in. Sign in again under Sync.';
  if (status === 403)
    return `This account may not use the database “${database}”. Ask the server’s administrator to make it a member.`;
  if (status === 404) return `The database “${database}” is not on the sync server.`;
  if (status === 409) return 'Another computer changed the same sync record at the same moment; the next sync retries.';
  if (status === 413) return 'The sync server refused a batch as too large.';
  if (status >= 500) return 'The sync server had a problem of its own. Sync will try again later.';
  return 'The sync server gave an answer the app does not understand.';
}

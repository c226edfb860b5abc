// Every failure a reader can meet at sign-in or in a round of sync, as a sentence that says what
// happened and what to do, never a library's own words ("fetch failed", "_id is required for
// puts"). Pure, so main's sign-in and the page's rounds (whichever path makes the request) use
// the same words. "offline" failures leave changes waiting to go out when the server answers.

export interface SyncProblem {
  kind: 'offline' | 'error';
  message: string;
}

const KEPT = 'Your changes are kept on this computer and go out when sync works again.';

export const SYNC_WORDS = {
  unreachable: `The sync server cannot be reached: check that this computer is online and that the server address is right. ${KEPT}`,
  refused: `Nothing answers at the server address: the server may be stopped, or the address or port may be wrong. Start the server or correct the address, then sync again. ${KEPT}`,
  tls: `The server’s certificate cannot be trusted (it may have expired, be self-signed, or name another address), so nothing was sent. Renew or fix the certificate, or use the address it names. ${KEPT}`,
  timeout: `The sync server took too long to answer. Check the connection, then press Sync now again. ${KEPT}`,
  full: `The sync server is out of space and could not take your changes. Free space on the server or raise its quota, then sync again. ${KEPT}`,
  vanished: `The database is no longer on the server (it was deleted or renamed). Sign out and sign in again to create it afresh; everything on this computer is kept and is sent again.`,
  refusedLogin: `The server refused the user name and password. Sign out, then sign in again with the right ones. ${KEPT}`,
  forbidden: `The server does not let this user use that database. Ask its administrator to make you a member, or sign in to your own database. ${KEPT}`,
  tooLarge: `The server refused a change as too large. Shorten very long notes, then sync again. ${KEPT}`,
  unknown: `Sync stopped on a problem it does not recognise. ${KEPT} Press Sync now to try again; if it keeps happening, sign out and sign in again.`,
} as const;

const CODES: [RegExp, keyof typeof SYNC_WORDS][] = [
  [/\b(CERT_|ERR_TLS|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|SELF_SIGNED|DEPTH_ZERO|EPROTO|ERR_SSL)/i, 'tls'],
  [/\bECONNREFUSED\b/i, 'refused'],
  [
    /\b(ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|TimeoutError)\b|timed? ?out/i,
    'timeout',
  ],
  [
    /\b(ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|ECONNRESET|EPIPE|UND_ERR_SOCKET)\b|fetch failed|Failed to fetch|NetworkError|network error|cannot be reached/i,
    'unreachable',
  ],
  [/insufficient_storage|ENOSPC|disk (is )?full|quota/i, 'full'],
  [/no_db_file|Database does not exist|\bnot_found\b.*\bdeleted\b/i, 'vanished'],
];

const STATUSES: Record<number, keyof typeof SYNC_WORDS> = {
  401: 'refusedLogin',
  403: 'forbidden',
  413: 'tooLarge',
  507: 'full',
};

const OFFLINE = new Set<keyof typeof SYNC_WORDS>(['unreachable', 'refused', 'timeout']);

/** Every code, name, status and message an error carries, its causes included. */
function traits(error: unknown, depth = 0): { text: string[]; status: number | null } {
  if (!error || typeof error !== 'object' || depth > 3)
    return { text: typeof error === 'string' ? [error] : [], status: null };
  const record = error as Record<string, unknown>;
  const text = ['code', 'name', 'message', 'reason', 'error']
    .map((key) => record[key])
    .filter((value): value is string => typeof value === 'string');
  const inner = traits(record.cause, depth + 1);
  const status = typeof record.status === 'number' ? record.status : inner.status;
  return { text: [...text, ...inner.text], status };
}

/** Our own sentences pass through: a capital first letter, a full stop, no code-like words. */
function isSentence(message: string): boolean {
  return /^[A-Z][^_{}<>]*[.!?)]$/.test(message.trim()) && !/\b(Error|undefined|null)\b/.test(message);
}

export function describeSyncError(error: unknown): SyncProblem {
  const { text, status } = traits(error);
  const haystack = text.join(' ');
  const words = (key: keyof typeof SYNC_WORDS): SyncProblem => ({
    kind: OFFLINE.has(key) ? 'offline' : 'error',
    message: SYNC_WORDS[key],
  });
  // A failure already in these words (main's, passed on through the page's PouchDB) keeps its kind.
  const known = (Object.keys(SYNC_WORDS) as (keyof typeof SYNC_WORDS)[]).find((key) =>
    haystack.includes(SYNC_WORDS[key]),
  );
  if (known) return words(known);
  for (const [pattern, key] of CODES) if (pattern.test(haystack)) return words(key);
  if (status === 404 && /not_found|missing|does not exist/i.test(haystack)) return words('vanished');
  if (status !== null && STATUSES[status]) return words(STATUSES[status]);
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (message && isSentence(message)) return { kind: 'error', message };
  return words('unknown');
}

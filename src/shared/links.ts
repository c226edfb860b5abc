// Links back into the app, as exported notes carry them: summit-reader://talk/<talk id>#<block id>.

export const LINK_SCHEME = 'summit-reader';

const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;

export interface ReaderLink {
  talkId: string;
  blockId: string | null;
}

/** The link to a talk, or to one block of it: the one place these links are written. */
export function readerLinkUrl(talkId: string, blockId: string | null = null): string {
  return `${LINK_SCHEME}://talk/${encodeURIComponent(talkId)}${blockId ? `#${encodeURIComponent(blockId)}` : ''}`;
}

/** Reads a link; anything that is not exactly a talk link with well-formed ids gives null. */
export function parseReaderLink(raw: string): ReaderLink | null {
  const match = /^summit-reader:\/\/talk\/([^#?/]+)(?:#([^#?/]*))?$/.exec(raw.trim());
  if (!match) return null;
  let talkId: string;
  let blockId: string | null;
  try {
    talkId = decodeURIComponent(match[1]);
    blockId = match[2] ? decodeURIComponent(match[2]) : null;
  } catch {
    return null;
  }
  if (!SLUG.test(talkId) || (blockId !== null && !SLUG.test(blockId))) return null;
  return { talkId, blockId };
}

// Size limits that main, the page and the backup format must agree on, in one place.

/** The largest document the app imports; larger files are refused before they are read. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** An imported document's bytes as base64 in a backup or a restore: room for the largest document. */
export const MAX_DOCUMENT_BASE64_CHARS = 30 * 1024 * 1024;

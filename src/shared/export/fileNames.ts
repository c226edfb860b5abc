// File names made from talk titles, safe on Windows, macOS and Linux.

import { utf8ByteLength } from '../utf8';

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_BYTES = 255;

/** A file name from a title: no separators or control characters, no "..", no reserved device
 * names, no trailing dots or spaces, and at most 255 bytes including the extension. */
export function safeFileName(title: string, extension = '.md'): string {
  let base = Array.from(title.normalize('NFC'), (char) => (char.charCodeAt(0) < 0x20 || char === '\u007f' ? ' ' : char))
    .join('')
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .trim();
  if (base === '' || /^\.+$/.test(base)) base = 'Untitled';
  if (RESERVED.test(base.split('.')[0])) base = `${base} (talk)`;
  while (utf8ByteLength(base + extension) > MAX_BYTES) base = Array.from(base).slice(0, -1).join('').trimEnd();
  return `${base.replace(/[.\s]+$/g, '')}${extension}`;
}

/** Names for several files, made unique by counting in order. */
export function uniqueFileNames(titles: string[], extension = '.md'): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    let name = safeFileName(title, extension);
    for (let count = 2; used.has(name.toLowerCase()); count++) name = safeFileName(`${title} ${count}`, extension);
    used.add(name.toLowerCase());
    return name;
  });
}

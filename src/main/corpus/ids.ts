// Stable identifiers: derived only from a document's own content, never from load order.

import { shortHash } from '../../shared/hash';

/** Lowercase ASCII slug of at most `maxLength` characters, cut at a word boundary. */
export function slugify(text: string, maxLength = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug || 'untitled';
  const cut = slug.slice(0, maxLength);
  const boundary = cut.lastIndexOf('-');
  return (boundary > maxLength / 2 ? cut.slice(0, boundary) : cut).replace(/-+$/g, '');
}

export function documentId(title: string, date: string | null, kind: string): string {
  return `${slugify(title, 40)}-${shortHash(`${kind}\n${date ?? ''}\n${title}`).slice(0, 6)}`;
}

/** Talk ids are unique within a document; repeated titles get a counter in reading order. */
export function talkIds(documentIdValue: string, titles: string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const base = `${documentIdValue}--${slugify(title, 40)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

export function blockId(ownerId: string, index: number): string {
  return `${ownerId}-b${index + 1}`;
}

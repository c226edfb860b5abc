// Turns inline Markdown and HTML fragments into the plain text that blocks store.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code =
        entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** Plain text of an HTML fragment: tags dropped, line breaks kept as spaces, entities decoded. */
export function htmlToText(html: string): string {
  return collapseSpaces(
    decodeEntities(
      html
        .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
        .replace(/<br\s*\/?>/gi, ' ')
        .replace(/<[^>]*>/g, ' '),
    ),
  );
}

export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\u00a0]+/g, ' ').trim();
}

/** Plain text of inline Markdown: links keep their label, emphasis and escapes are removed. */
export function markdownInlineToText(markdown: string): string {
  let text = markdown;
  text = text.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  // Link targets may contain escaped or balanced parentheses.
  text = text.replace(/\[((?:\\.|[^\]\\])*)\]\((?:\\.|\([^)]*\)|[^()\\])*\)/g, '$1');
  text = text.replace(/<(https?:[^>\s]+)>/g, '$1');
  text = text.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2');
  text = text.replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2');
  text = text.replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2');
  text = text.replace(/`([^`]+)`/g, '$1');
  text = text.replace(/<[a-z][^>]*>|<\/[a-z][^>]*>/gi, '');
  text = text.replace(/\\([\\`*_{}[\]()#+\-.!|~<>"'])/g, '$1');
  return collapseSpaces(decodeEntities(text));
}

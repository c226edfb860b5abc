// PEP mentions in exported Markdown become links to their page on peps.python.org. Two small pure
// functions the export applies to a highlight's quote and to a note's Markdown, kept apart from the
// export's layout so any template uses them the same way.

import { findPepMentions, mayMentionPep, pepUrl } from '../peps/pepMentions';
import { mapLinesOutsideFences } from './markdownLines';

/**
 * A quote's plain text as Markdown that renders as itself, with each PEP mention a link. `escape`
 * is the export's own escaping, applied to the text between mentions and to each link's label.
 */
export function quoteWithPepLinks(text: string, escape: (text: string) => string): string {
  const mentions = findPepMentions(text);
  // Text that already holds the placeholder characters is exported unlinked rather than misread.
  if (mentions.length === 0 || /[\uE000\uE001]/.test(text)) return escape(text);
  // Each mention is held by a private-use placeholder while the whole text is escaped, so escaping
  // that depends on a line's start (leading spaces) sees the lines as they are.
  let held = '';
  let at = 0;
  mentions.forEach((mention, index) => {
    held += `${text.slice(at, mention.start)}\uE000${index}\uE001`;
    at = mention.end;
  });
  held += text.slice(at);
  return escape(held).replace(/\uE000(\d+)\uE001/g, (_whole, index: string) => {
    const mention = mentions[Number(index)];
    return `[${escape(text.slice(mention.start, mention.end))}](${pepUrl(mention.number)})`;
  });
}

/**
 * Links the PEP mentions of a note the reader wrote in Markdown, leaving alone code (fenced and
 * inline), existing links and their labels, autolinks and bare addresses, so a note that already
 * links a PEP is not linked twice.
 */
export function noteWithPepLinks(markdown: string): string {
  // A note with no mention is given back as it is, without reading it line by line.
  if (!mayMentionPep(markdown)) return markdown;
  return mapLinesOutsideFences(markdown, (line) =>
    // Indented code, code spans, links (inline and by reference) and images, autolinks and bare
    // addresses stay as they are.
    /^( {4}|\t)/.test(line)
      ? line
      : line
          .split(/(`+[^`]*`+|!?\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])|<[^>\s]+>|https?:\/\/\S+)/)
          .map((part, index) => (index % 2 === 1 ? part : linkPlain(part)))
          .join(''),
  );
}

function linkPlain(text: string): string {
  return quoteWithPepLinks(text, (plain) => plain);
}

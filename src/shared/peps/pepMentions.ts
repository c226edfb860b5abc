// Finds the PEPs a text mentions: "PEP 703", "PEP-703", "pep 703", "PEP703", and lists such as
// "PEPs 683 and 684" or "PEPs 634, 635 and 636". Pure, so main (the PEPs index), the search
// engine, the export and the page all read mentions the same way.
//
// Choices, each shown by a test: "PEP" in capitals may touch its number ("PEP8", "PEP703"), but a
// lower-case "pep" needs a space or hyphen, because "pep8" is also the name of a linter; a mention
// must stand as its own word (not "PEPPER 8" or "ZPEP 8"), and a number followed by a letter, a
// digit, a decimal part or a time ("PEP 3.13", "00:43:15") is not a PEP number; a list does not run
// past the end of its line.

/** One PEP number in a text, with the characters that name it. */
export interface PepMention {
  number: number;
  /** Offsets in the text: the first number of a list covers "PEPs 683", later ones only their digits. */
  start: number;
  end: number;
}

/** PEP numbers are at most four digits; the snapshot's highest is in the 8000s. */
const NUMBER = String.raw`\d{1,4}(?![\p{L}\p{N}_]|[.,:]\d)`;
const HEAD = String.raw`(?<![\p{L}\p{N}_])(?:(PEPs?)[\s\u00a0-]*|([Pp][Ee][Pp][Ss]?)[\s\u00a0-]+)(${NUMBER})`;
/** A list goes on within its line: "PEPs 683, 684 and 703", never into a timestamp on the next line. */
const GAP = String.raw`[ \t\u00a0]`;
const LIST_ITEM = String.raw`(?:${GAP}*,${GAP}*(?:and${GAP}+|or${GAP}+|&${GAP}*)?|${GAP}+(?:and|or|&)${GAP}+)(?:PEPs?[\s\u00a0-]*)?(${NUMBER})`;
const MENTION = new RegExp(`${HEAD}((?:${LIST_ITEM})*)`, 'gu');
const ITEM = new RegExp(LIST_ITEM, 'gu');
const MAY_MENTION = /pep/i;

/**
 * False when `text` cannot hold a mention: every mention starts with the letters "pep", in some
 * case. Most texts have none and are answered without running the pattern (an export asks this of
 * every quote and note); whatever a mention may look like, this must stay true of it.
 */
export function mayMentionPep(text: string): boolean {
  return MAY_MENTION.test(text);
}

/** Every PEP mention in `text`, in order; a number mentioned twice is found twice. */
export function findPepMentions(text: string): PepMention[] {
  const mentions: PepMention[] = [];
  if (!mayMentionPep(text)) return mentions;
  // The shared pattern is run from the start with exec: matchAll would copy it for every text.
  MENTION.lastIndex = 0;
  for (let match = MENTION.exec(text); match !== null; match = MENTION.exec(text)) {
    const start = match.index;
    const [whole, , , first, rest] = match;
    const headEnd = start + whole.length - rest.length;
    mentions.push({ number: Number(first), start, end: headEnd });
    if (rest === '') continue;
    for (const item of rest.matchAll(ITEM)) {
      const digits = item[1];
      const end = headEnd + item.index + item[0].length;
      mentions.push({ number: Number(digits), start: end - digits.length, end });
    }
  }
  return mentions;
}

/** The distinct PEP numbers a text mentions, in the order first mentioned. */
export function mentionedPeps(text: string): number[] {
  return [...new Set(findPepMentions(text).map((mention) => mention.number))];
}

/** The address of a PEP's page on peps.python.org. */
export function pepUrl(number: number): string {
  return `https://peps.python.org/pep-${String(number).padStart(4, '0')}/`;
}

/** A text cut into plain runs and mentions, for rendering each mention as a control. */
export type PepTextPart = { text: string; pep: null } | { text: string; pep: number };

export function splitPepMentions(text: string): PepTextPart[] {
  const parts: PepTextPart[] = [];
  let at = 0;
  for (const mention of findPepMentions(text)) {
    if (mention.start > at) parts.push({ text: text.slice(at, mention.start), pep: null });
    parts.push({ text: text.slice(mention.start, mention.end), pep: mention.number });
    at = mention.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), pep: null });
  return parts;
}

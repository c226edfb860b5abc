// Judgements about paragraphs that plain-text and Markdown sources share: code, quotes, captions.

import type { DraftBlock } from './draft';

const CODE_START =
  /^(?:>>>|\.\.\.\s|\$ |Traceback \(most recent call last\)|def |class |import |from \S+ import |async def |@\w|#include|if .*:$|for .*:$|while .*:$|return\b|print\(|\w+\s*=\s*[\w[{("']|File ".*", line \d+)/;

/** True when a group of lines reads as source code or a console session rather than prose. */
export function looksLikeCode(lines: string[]): boolean {
  const meaningful = lines.filter((line) => line.trim() !== '');
  if (meaningful.length === 0) return false;
  if (CODE_START.test(meaningful[0].trim())) {
    // One line of prose can start with "if", so a single line must also carry code punctuation.
    return meaningful.length > 1 || /[()=:[\]]|^import |^from /.test(meaningful[0]);
  }
  if (meaningful.length < 2) {
    // A lone line is code when it calls or compares snake_case names and is not a sentence.
    const line = meaningful[0];
    return (
      /\b\w+_\w+\(|\b__\w+__\b.*=|\w+\(\)\s*$/.test(line) &&
      / == |\(\)|\w\(/.test(line) &&
      line.split(/\s+/).length <= 12
    );
  }
  const codeLike = meaningful.filter(
    (line) =>
      /^\s{2,}\S/.test(line) ||
      /[;{}]\s*$|[(:,[]\s*$|^\s*[)\]}]|^\s*#\s|^[\^~\s]+$|==|->|^\s*(?:return|case|match|elif|else:|and |or )/.test(
        line,
      ),
  );
  return codeLike.length / meaningful.length >= 0.6;
}

/** "-- Brandt Bucher, CPython Core Developer" → "Brandt Bucher, CPython Core Developer". */
export function attributionLine(text: string): string | null {
  const match = /^\s*(?:--|—|―|~)\s*(\S.{0,200})$/.exec(text);
  return match ? match[1].trim() : null;
}

/** A quote with its attribution on the same line: “It works!” -- Thomas Wouters. */
export function inlineAttribution(text: string): { quote: string; attribution: string } | null {
  const match = /^(["“'‘*].+?[”"'’*!?.])\s+(?:--|—)\s+([^"“”]{2,120})$/.exec(text.trim());
  return match ? { quote: match[1].trim(), attribution: match[2].trim() } : null;
}

/** True for text that is quoted whole, so it is a quote even without an attribution line. */
export function isWhollyQuoted(text: string): boolean {
  const trimmed = text.trim();
  return /^[“"]/.test(trimmed) && /[”"]$/.test(trimmed) && trimmed.length > 2;
}

const CAPTION_CUES =
  /\b(?:photo|photograph|pictured|picture|image|slide|slides|illustration|illustrated|logo|diagram|screenshot|credit|courtesy|left|right|centre|center|speaks|speaking|presenting|explaining|attendees)\b/i;

/** Short standalone lines in articles are either subheadings or figure captions; this tells them apart. */
export function looksLikeCaption(text: string): boolean {
  return CAPTION_CUES.test(text) || /\(photo/i.test(text) || /\bat the (?:Python )?Language Summit\b/i.test(text);
}

/** A standalone short line without sentence-ending punctuation, as subheadings are written. */
export function isShortTitleLine(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 90) return false;
  if (/[.,;:]$/.test(trimmed)) return false;
  if (/^[•*\-–]\s|^\d+[.)]\s/.test(trimmed)) return false;
  return /^[\p{Lu}\p{N}"“‘'(_]/u.test(trimmed);
}

/**
 * The block that an attribution line ("-- Name") turns its predecessor into: a quote with that
 * attribution. Returns null when the predecessor cannot be a quote.
 */
export function quoteWithAttribution(previous: DraftBlock, attribution: string): DraftBlock | null {
  if (previous.type === 'quote' && !previous.attribution) return { ...previous, attribution };
  if (previous.type === 'paragraph' && (isWhollyQuoted(previous.text) || previous.text.length < 600)) {
    return { type: 'quote', text: previous.text, attribution };
  }
  return null;
}

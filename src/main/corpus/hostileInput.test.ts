// Hostile and large input: documents made only of headings, in both formats, parse without
// overflowing the stack (no spreading of a million values into one call, no recursion over the
// tree), and what is stored stays within MAX_OUTPUT_RATIO times the input.

import { describe, expect, it } from 'vitest';
import { detectFormat, MAX_OUTPUT_RATIO, parseDocumentText } from './parseDocument';

const TWO_MB = 2 * 1024 * 1024;

function repeatUntil(size: number, unit: (index: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < size; index++) {
    const part = unit(index);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

function storedRatio(text: string): number {
  const result = parseDocumentText(text);
  if (!result.ok) throw new Error(result.error);
  return JSON.stringify(result.document).length / text.length;
}

describe('a document made only of headings', () => {
  it('parses 2 MB of Markdown headings of every level, stored within the ratio', { timeout: 120_000 }, () => {
    const text = repeatUntil(TWO_MB, (index) => `${'#'.repeat(1 + (index % 6))} Part ${index}\n\n`);
    expect(storedRatio(text)).toBeLessThanOrEqual(MAX_OUTPUT_RATIO);
  });

  it('parses 2 MB of reStructuredText section titles, stored within the ratio', { timeout: 120_000 }, () => {
    const text = `.. post:: May 1, 2024\n   :author: Nobody\n\n${repeatUntil(TWO_MB, (index) => `Part ${index}\n${'=-~^'[index % 4].repeat(12)}\n\n`)}`;
    expect(detectFormat(text)).toBe('restructuredtext');
    expect(storedRatio(text)).toBeLessThanOrEqual(MAX_OUTPUT_RATIO);
  });

  it('keeps an ordinary write-up as it is (the limit never merges real blocks)', () => {
    const text = ['# Faster startup', '', 'Mark Shannon presented a plan.', '', '## Discussion', '', 'Questions.'].join(
      '\n',
    );
    const result = parseDocumentText(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.document.talks.flatMap((talk) => talk.blocks.map((block) => block.type))).toEqual([
      'paragraph',
      'heading',
      'paragraph',
    ]);
  });
});

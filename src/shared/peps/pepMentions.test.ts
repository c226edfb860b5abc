// The PEP mention finder on sentences taken from documents of different years and authors.

import { describe, expect, it } from 'vitest';
import { findPepMentions, mentionedPeps, pepUrl, splitPepMentions } from './pepMentions';

const numbers = (text: string): number[] => findPepMentions(text).map((mention) => mention.number);

describe('findPepMentions', () => {
  it('reads the single forms', () => {
    // 2023 blog post (Alex Waygood), 2025 transcript (Talk Python #514), 2024 post (Seth Larson).
    expect(numbers('Gross presented PEP 703, which proposes making the GIL optional.')).toEqual([703]);
    expect(numbers('so the pep 703 work is now in 3.14')).toEqual([703]);
    expect(numbers('See [PEP-684](https://peps.python.org/pep-0684/) for the per-interpreter GIL')).toEqual([684, 684]);
    expect(numbers('PEP8 says four spaces; PEP703 too')).toEqual([8, 703]);
    expect(numbers('PEP\u00a0505 was deferred')).toEqual([505]);
  });

  it('reads lists after PEP or PEPs', () => {
    expect(numbers('the pattern-matching PEPs 634, 635 and 636 were accepted')).toEqual([634, 635, 636]);
    expect(numbers('PEPs 683 and 684 landed in 3.12')).toEqual([683, 684]);
    expect(numbers('PEPs 683, 684, and 703')).toEqual([683, 684, 703]);
    expect(numbers('mobile support came with PEP 730 and 738.')).toEqual([730, 738]);
    expect(numbers('PEP 730 and PEP 738')).toEqual([730, 738]);
  });

  it('gives each number its own characters', () => {
    const text = 'PEPs 683 and 684 landed';
    expect(findPepMentions(text).map((mention) => text.slice(mention.start, mention.end))).toEqual(['PEPs 683', '684']);
  });

  it('finds no PEP in words that only look like one', () => {
    expect(numbers('run pep8 on it')).toEqual([]);
    expect(numbers('PEPPER 8 and ZPEP 8 and PEP 3.13 and PEP 703a')).toEqual([]);
    expect(numbers('the PEP process, PEP authors and pep talks')).toEqual([]);
    expect(numbers('PEP 12345')).toEqual([]);
    // A list stops at a version number or a decimal.
    expect(numbers('PEP 703 and 3.13 shipped')).toEqual([703]);
    // A transcript's next line starts with its time, which is no list item.
    expect(numbers('about PEP 563,\n00:43:15 or so')).toEqual([563]);
    expect(numbers('PEP 563, 00:43:15')).toEqual([563]);
  });
});

describe('helpers', () => {
  it('lists each PEP once and links to its page', () => {
    expect(mentionedPeps('PEP 703 then pep-703 then PEP 684')).toEqual([703, 684]);
    expect(pepUrl(8)).toBe('https://peps.python.org/pep-0008/');
    expect(pepUrl(703)).toBe('https://peps.python.org/pep-0703/');
  });

  it('splits text into runs whose joined text is the original', () => {
    const text = 'Both PEPs 683 and 684, and later PEP 703.';
    const parts = splitPepMentions(text);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(parts.filter((part) => part.pep !== null).map((part) => part.pep)).toEqual([683, 684, 703]);
  });
});

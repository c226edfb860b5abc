import { describe, expect, it } from 'vitest';
import { quoteWithCitation } from './citation';

describe('quote with citation', () => {
  it('names the speakers, the talk, the summit and the source', () => {
    expect(
      quoteWithCitation('  BaseException is the correct choice ', {
        talkTitle: 'Rust in Python: panic!',
        speakers: ['David Hewitt'],
        summitYear: 2024,
        sourceTitle: 'The Python Language Summit 2024: Lightning Talks',
      }),
    ).toBe(
      '“BaseException is the correct choice”\n— David Hewitt, “Rust in Python: panic!”, Python Language Summit 2024 (The Python Language Summit 2024: Lightning Talks)',
    );
  });
});

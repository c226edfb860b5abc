// The summit a transcript is filed under comes from what the episode is about (its opening), not
// from when it was recorded nor from a summit mentioned in passing. Shown on episodes of two years.

import { describe, expect, it } from 'vitest';
import { parseDocumentText } from './parseDocument';

function stamp(seconds: number): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** A transcript of `lines` spoken one every 20 seconds, with `late` lines from the 40th minute on. */
function transcript(lines: string[], late: string[] = []): string {
  const filler = Array.from({ length: 8 }, (_, index) => `We talk about packaging and tooling, part ${index + 1}.`);
  return [
    ...[...lines, ...filler].map((line, index) => `${stamp(index * 20)} ${line}`),
    ...late.map((line, index) => `${stamp(2400 + index * 20)} ${line}`),
  ].join('\n');
}

function yearOf(text: string): number | null {
  const result = parseDocumentText(text);
  if (!result.ok) throw new Error(result.error);
  expect(result.document.kind).toBe('transcript');
  return result.document.summitYear;
}

describe('the summit year of a transcript', () => {
  it('is the summit the opening says the episode is about, not the year it was recorded (2019, 2023)', () => {
    expect(
      yearOf(
        transcript([
          'Every year the core developers meet before PyCon.',
          'Today we look back at the 2018 Python Language Summit with two of its attendees.',
          'This is Talk Python To Me, episode 210, recorded May 2nd, 2019, a week after PyCon US 2019.',
        ]),
      ),
    ).toBe(2018);
    expect(
      yearOf(
        transcript([
          'This is Python Bytes, episode 330, recorded April 28th, 2024.',
          'We start with the write-ups from the Language Summit 2023, which just came out.',
        ]),
      ),
    ).toBe(2023);
  });

  it('is the year of recording when the opening speaks of this year’s summit (2022, 2025)', () => {
    for (const year of [2022, 2025]) {
      expect(
        yearOf(
          transcript([
            `This is Talk Python To Me, episode 400, recorded June 1st, ${year}.`,
            'We will be exploring this year’s Language Summit with our guest.',
          ]),
        ),
      ).toBe(year);
    }
  });

  it('is none when the episode is about something else and mentions a summit in passing (2018, 2022)', () => {
    expect(
      yearOf(
        transcript(
          [
            'This is Talk Python To Me, episode 170, recorded July 14th, 2018.',
            'Guido van Rossum has stepped down as BDFL; we talk about Python governance.',
          ],
          ['Back at the 2018 Language Summit people were already asking about this.'],
        ),
      ),
    ).toBeNull();
    expect(
      yearOf(
        transcript(
          [
            'This is Talk Python To Me, episode 369, recorded June 6th, 2022.',
            'Lazy imports and PEP 690 are our topic.',
          ],
          ['Carl Meyer gave a lightning talk at the Language Summit at PyCon US 2022.'],
        ),
      ),
    ).toBeNull();
  });
});

// The parsers on 32 real documents they were not written against (test/corpus-eval): every metric
// must stay at or above its target. The same metrics print with `npm run eval:corpus`.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { titlesMatch } from '../../shared/titleMatch';
import { evaluateCorpus, readHalves } from './evaluation';

const folder = join(import.meta.dirname, '..', '..', '..', 'test', 'corpus-eval');

describe('the development set', () => {
  const metrics = evaluateCorpus(folder);

  it('parses every document, files each under the right summit and recognises every transcript', () => {
    expect(metrics.parsed).toBe(metrics.documents);
    expect(metrics.year).toBe(100);
    expect(metrics.transcripts).toBe(metrics.transcriptsTotal);
  });

  it('finds the titles, the talks and the presenters', () => {
    expect(metrics.title).toBeGreaterThanOrEqual(95);
    expect(metrics.talkRecall).toBeGreaterThanOrEqual(95);
    expect(metrics.talkPrecision).toBeGreaterThanOrEqual(90);
    expect(metrics.speakerRecall).toBeGreaterThanOrEqual(90);
    expect(metrics.speakerPrecision).toBeGreaterThanOrEqual(95);
  });
});

describe('each half of the development set (split by year, test/corpus-eval/halves.json)', () => {
  const halves = readHalves(folder);

  it('splits every document into exactly one half', () => {
    const manifest = evaluateCorpus(folder).documents;
    expect(new Set([...halves.A, ...halves.B]).size).toBe(manifest);
    expect(halves.A.filter((file) => halves.B.includes(file))).toEqual([]);
  });

  it.each(['A', 'B'] as const)('meets every target on half %s', (half) => {
    const metrics = evaluateCorpus(folder, halves[half]);
    expect(metrics.parsed).toBe(metrics.documents);
    expect(metrics.year).toBe(100);
    expect(metrics.title).toBeGreaterThanOrEqual(95);
    expect(metrics.talkRecall).toBeGreaterThanOrEqual(95);
    expect(metrics.talkPrecision).toBeGreaterThanOrEqual(90);
    expect(metrics.speakerRecall).toBeGreaterThanOrEqual(90);
    expect(metrics.speakerPrecision).toBeGreaterThanOrEqual(95);
  });
});

describe('title matching', () => {
  it('matches a title inside a longer one, or one that shares most words, and nothing else', () => {
    expect(titlesMatch('Making CPython Faster', 'Making CPython faster!')).toBe(true);
    expect(titlesMatch('HPy — Present and Future', '*HPy*****_—_* Present and Future*')).toBe(true);
    expect(titlesMatch('Making CPython Faster', 'Objects in Python, as they currently stand')).toBe(false);
    expect(
      titlesMatch('Lightning Talks, Round 1', 'many other words here '.repeat(10) + 'lightning talks round 1'),
    ).toBe(false);
  });
});

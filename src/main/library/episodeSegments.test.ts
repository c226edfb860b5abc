// Talk Python #514 against the hand-written truth of which minutes discuss which 2025 talk
// (test/fixtures/episode514-segments.json), in the library as bundled and with the three 2025
// write-ups of the evaluation documents imported; and the library serving the parts and the
// "discussed in" links. The figures are printed; the floors only stop them getting worse.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../shared/model';
import { BUNDLED, parseBundled } from '../../../test/fixtures/bundledCorpus';
import { episode514Truth, scoreSegments, type SegmentScore } from '../../../test/fixtures/episodeSegments';
import { parseDocumentBytes } from '../corpus/parseDocument';
import { buildLibrary } from './library';

const WRITE_UPS_2025 = [
  'M-2025-free-threaded-python-state.txt',
  'M-2025-packaging-governance-pep772.txt',
  'M-2025-rust-for-core-devs.txt',
];

function evaluationDocument(name: string): SourceDocument {
  const result = parseDocumentBytes(readFileSync(join(import.meta.dirname, '../../../test/corpus-eval/docs', name)));
  if (!result.ok) throw new Error(`${name}: ${result.error}`);
  return result.document;
}

function measure(documents: SourceDocument[]): SegmentScore {
  const { library } = buildLibrary(documents);
  const transcript = documents.find((document) => document.kind === 'transcript')?.talks[0];
  if (!transcript) throw new Error('No transcript');
  const parts = library.talk(transcript.id)?.parts ?? [];
  // Only the 2025 summit's written-up talks are held: a talk of another year with the same title
  // (2024 also had "Python on Mobile") is not the one the episode discusses.
  const titles = new Set(
    documents
      .filter((document) => document.summitYear === 2025 && document.kind === 'article')
      .flatMap((document) => document.talks.map((talk) => talk.title)),
  );
  return scoreSegments(episode514Truth(), parts, titles);
}

function report(label: string, score: SegmentScore): void {
  const none = score.rows.filter((row) => row.truth === null).length;
  console.log(
    `#514 segments, ${label}: ${score.right}/${score.minutes} minutes right (${(score.share * 100).toFixed(1)}%); ` +
      `minutes about a talk in the library found ${score.talkMinutesRight}/${score.talkMinutes}; ` +
      `minutes given a talk right ${score.assignedRight}/${score.assignedMinutes}; ` +
      `every minute given no talk would score ${none}/${score.minutes}`,
  );
}

const bundled = Object.values(BUNDLED).map(parseBundled);

describe('Talk Python #514 against the hand-written truth', () => {
  it('in the library as bundled', () => {
    const score = measure(bundled);
    report('bundled library', score);
    expect(score.share).toBeGreaterThanOrEqual(0.95);
    expect(score.talkMinutesRight).toBe(score.talkMinutes);
  });

  it('with the 2025 write-ups on free-threading, packaging governance and Rust imported', () => {
    const score = measure([...bundled, ...WRITE_UPS_2025.map(evaluationDocument)]);
    report('with three 2025 write-ups', score);
    expect(score.share).toBeGreaterThanOrEqual(0.85);
    expect(score.talkMinutesRight).toBeGreaterThanOrEqual(14);
    // It must do better than saying "no talk" everywhere.
    expect(score.right).toBeGreaterThan(score.rows.filter((row) => row.truth === null).length);
  });
});

describe('the library serves the parts and the links back', () => {
  const { library } = buildLibrary(bundled);
  const transcript = bundled.find((document) => document.kind === 'transcript')?.talks[0];
  const detail = transcript ? library.talk(transcript.id) : null;

  it('gives the transcript its parts, each a 2025 talk starting at one of its blocks', () => {
    const parts = detail?.parts ?? [];
    expect(parts.length).toBeGreaterThan(0);
    const lightning = bundled.find((document) => document.summitYear === 2025 && document.kind === 'article');
    for (const part of parts) {
      expect(lightning?.talks.map((talk) => talk.id)).toContain(part.talkId);
      expect(transcript?.blocks.find((block) => block.id === part.blockId)).toMatchObject({ start: part.start });
      expect(part.end).toBeGreaterThanOrEqual(part.start);
    }
  });

  it('gives each talk discussed the transcript passages, and other talks and sources none', () => {
    for (const part of detail?.parts ?? []) {
      expect(library.talk(part.talkId)?.discussedIn).toContainEqual({
        transcriptTalkId: transcript?.id,
        transcriptTitle: 'Talk Python To Me #514 (transcript)',
        blockId: part.blockId,
        start: part.start,
      });
    }
    const rust2024 = bundled[2].talks[0];
    expect(library.talk(rust2024.id)?.discussedIn).toBeUndefined();
    expect(library.talk(rust2024.id)?.parts).toBeUndefined();
  });
});

// Links summit episodes' transcripts to the talks they discuss: each transcript of a summit year is
// segmented against the written-up talks of that summit (transcriptSegments.ts), with the talks of
// the neighbouring summits as background, and every summit's presenters as the names that mark a
// turn to another talk. Worked out per summit year when first asked for, since
// most sessions open few transcripts.

import type { SourceDocument, Talk, TalkDiscussion, TranscriptPart } from '../../shared/model';
import { segmentTranscript, type SegmentTalk, type TimedBlock } from './transcriptSegments';

export interface SummitSegments {
  /** A transcript's parts, each naming its talk; none for a transcript with no parts found. */
  parts(transcriptTalkId: string): TranscriptPart[];
  /** The transcript passages that discuss a talk. */
  discussions(talkId: string): TalkDiscussion[];
}

/** Written-up talks: articles' talks, not programme entries (pointers to a talk elsewhere). */
function writtenTalks(documents: SourceDocument[], years: (year: number) => boolean): Talk[] {
  return documents
    .filter((document) => document.kind === 'article' && document.summitYear !== null && years(document.summitYear))
    .flatMap((document) => document.talks.filter((talk) => !talk.programmeLink));
}

function asSegmentTalk(talk: Talk): SegmentTalk {
  return {
    talkId: talk.id,
    title: talk.title,
    speakers: talk.speakers,
    text: talk.blocks.map((block) => block.text).join('\n'),
  };
}

function timedBlocks(talk: Talk): TimedBlock[] {
  return talk.blocks.flatMap((block) =>
    block.type === 'segment' ? [{ id: block.id, start: block.start, text: block.text, sponsor: block.sponsor }] : [],
  );
}

export function summitSegments(documents: SourceDocument[]): SummitSegments {
  const years = new Map<number, { parts: Map<string, TranscriptPart[]>; discussions: Map<string, TalkDiscussion[]> }>();
  const talkYear = new Map<string, number>();
  for (const document of documents) {
    if (document.summitYear === null) continue;
    for (const talk of document.talks) talkYear.set(talk.id, document.summitYear);
  }

  const forYear = (year: number) => {
    const known = years.get(year);
    if (known) return known;
    const talks = writtenTalks(documents, (candidate) => candidate === year).map(asSegmentTalk);
    const background = writtenTalks(documents, (candidate) => Math.abs(candidate - year) === 1).map(asSegmentTalk);
    const presenters = writtenTalks(documents, () => true).flatMap((talk) => talk.speakers);
    const titles = new Map(talks.map((talk) => [talk.talkId, talk.title]));
    const parts = new Map<string, TranscriptPart[]>();
    const discussions = new Map<string, TalkDiscussion[]>();
    for (const document of documents) {
      if (document.kind !== 'transcript' || document.summitYear !== year) continue;
      for (const transcript of document.talks) {
        const found = segmentTranscript(timedBlocks(transcript), talks, background, transcript.speakers, presenters);
        parts.set(
          transcript.id,
          found.map((part) => ({ ...part, title: titles.get(part.talkId) ?? part.talkId })),
        );
        for (const part of found) {
          const list = discussions.get(part.talkId) ?? [];
          list.push({
            transcriptTalkId: transcript.id,
            transcriptTitle: document.title,
            blockId: part.blockId,
            start: part.start,
          });
          discussions.set(part.talkId, list);
        }
      }
    }
    const result = { parts, discussions };
    years.set(year, result);
    return result;
  };

  return {
    parts(transcriptTalkId) {
      const year = talkYear.get(transcriptTalkId);
      return year === undefined ? [] : (forYear(year).parts.get(transcriptTalkId) ?? []);
    },
    discussions(talkId) {
      const year = talkYear.get(talkId);
      return year === undefined ? [] : (forYear(year).discussions.get(talkId) ?? []);
    },
  };
}

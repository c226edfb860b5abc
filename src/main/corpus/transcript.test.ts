import { describe, expect, it } from 'vitest';
import { BUNDLED, bundledBytes, parseBundled } from '../../../test/fixtures/bundledCorpus';
import { dropRepeatedCues, looksLikeTranscript, markSponsorReads, readCues } from './transcript';
import { parseDocumentText } from './parseDocument';

describe('the 2025 transcript', () => {
  const document = parseBundled(BUNDLED.transcript2025);
  const blocks = document.talks[0].blocks;
  const segments = blocks.flatMap((block) => (block.type === 'segment' ? [block] : []));

  it('is a transcript of the episode about the 2025 summit, with its host and guest', () => {
    expect(document).toMatchObject({
      title: 'Talk Python To Me #514 (transcript)',
      kind: 'transcript',
      summitYear: 2025,
      date: '2025-06-17',
      host: 'Michael Kennedy',
      guests: ['Seth Michael Larson'],
    });
    expect(document.talks).toHaveLength(1);
    expect(document.talks[0].speakers).toEqual(['Michael Kennedy', 'Seth Michael Larson']);
  });

  it('groups the lines into paragraphs that keep their start times', () => {
    expect(segments.length).toBe(blocks.length);
    const lineCount = bundledBytes(BUNDLED.transcript2025)
      .toString('utf8')
      .split('\n')
      .filter((line) => /^\d\d:/.test(line)).length;
    expect(segments.length).toBeLessThan(lineCount / 3);
    expect(segments[0].start).toBe(0);
    for (let i = 1; i < segments.length; i++) expect(segments[i].start).toBeGreaterThanOrEqual(segments[i - 1].start);
    const withCue = segments.find((segment) => segment.cues.length > 2);
    expect(withCue?.cues[0]).toEqual({ start: withCue?.start, offset: 0 });
  });

  it('drops lines the transcription repeated', () => {
    const text = segments.map((segment) => segment.text).join('\n');
    expect(text.match(/We started in pyramid cruising/g)).toHaveLength(1);
    expect(text.match(/Thank you to Sentry for supporting Talk Python and me\./g)).toHaveLength(1);
  });

  it('marks the sponsor reads, and only them', () => {
    const sponsor = segments.filter((segment) => segment.sponsor);
    expect(
      sponsor.some((segment) => segment.text.startsWith('This episode is brought to you entirely by Sentry')),
    ).toBe(true);
    expect(
      sponsor.some((segment) =>
        segment.text.startsWith("This portion of Talk Python To Me is brought to you by Sentry's Seer"),
      ),
    ).toBe(true);
    expect(sponsor.some((segment) => segment.text.includes('Seth, welcome back'))).toBe(false);
    expect(segments.find((segment) => segment.text.startsWith('Seth, welcome back'))?.sponsor).toBe(false);
    const sponsorShare =
      sponsor.reduce((sum, segment) => sum + segment.text.length, 0) /
      segments.reduce((sum, segment) => sum + segment.text.length, 0);
    expect(sponsorShare).toBeLessThan(0.15);
  });
});

describe('transcripts in general', () => {
  it('reads WebVTT cues', () => {
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nWelcome to the show.\n\n00:00:05.000 --> 00:00:09.500\n<v Host>We talk about the Language Summit 2026.\n';
    expect(looksLikeTranscript(vtt)).toBe(true);
    expect(readCues(vtt)).toEqual([
      { start: 1, text: 'Welcome to the show.' },
      { start: 5, text: 'We talk about the Language Summit 2026.', voice: 'Host' },
    ]);
    const result = parseDocumentText(vtt);
    expect(result.ok && result.document.summitYear).toBe(2026);
  });

  it('reads MM:SS stamps too, and does not take prose with a few times in it for a transcript', () => {
    expect(readCues('01:05 one\n1:02:03 two\n')).toEqual([
      { start: 65, text: 'one' },
      { start: 3723, text: 'two' },
    ]);
    expect(looksLikeTranscript('We met at 10:00 am.\nThen lunch.\nThen talks at 13:30.\n')).toBe(false);
  });

  it('drops a repeated line even when the repeat has a later timestamp', () => {
    expect(
      dropRepeatedCues([
        { start: 1, text: 'Hello there.' },
        { start: 3, text: 'hello there' },
        { start: 4, text: 'Next.' },
      ]),
    ).toEqual([
      { start: 1, text: 'Hello there.' },
      { start: 4, text: 'Next.' },
    ]);
  });

  it('ends a sponsor read without an end marker after its last sponsor line', () => {
    const cues = [
      { start: 0, text: 'This episode is sponsored by Acme.' },
      { start: 10, text: 'Visit acme.example/show for a free trial.' },
      { start: 20, text: 'So, tell me about the summit.' },
    ];
    expect(markSponsorReads(cues)).toEqual([true, true, false]);
  });
});

// The segmentation method on transcripts built to a known plan: it finds each part near where the
// conversation turns to a talk, keeps sponsor reads and chat out of every part, and is not fooled
// by the voices' own names or by talks of other summits on the same subject.

import { describe, expect, it } from 'vitest';
import { nameHolders, namesSomeoneElse, presenterIndex, says, talkNamings } from './talkNaming';
import { bestPath, segmentTranscript, type SegmentTalk, type TimedBlock } from './transcriptSegments';

const talks: SegmentTalk[] = [
  {
    talkId: 'regions',
    title: 'Fearless concurrency with regions',
    speakers: ['Matthew Parkinson'],
    text: 'Regions give ownership of a group of objects. A region can be frozen, making every object immutable, and ownership moves between interpreters.',
  },
  {
    talkId: 'mobile',
    title: 'Python on mobile',
    speakers: ['Russell Keith-Magee'],
    text: 'iOS and Android are now tier three platforms. Apps for phones embed the interpreter; Xcode and Gradle build them.',
  },
  {
    talkId: 'packaging',
    title: 'Packaging governance',
    speakers: ['Barry Warsaw'],
    text: 'A packaging council would decide packaging standards, elected by a voting body; wheels and installers follow its decisions.',
  },
];

const background: SegmentTalk[] = [
  {
    talkId: 'older',
    title: 'Free-threading and the ecosystem',
    speakers: ['Someone Else'],
    text: 'Free-threading needs wheels built for it; the GIL is gone and objects need locks.',
  },
];

const FILLER = [
  'yeah that is right, it was a great week and I really enjoyed it',
  'so we talked for a while about the conference and the people there',
  'it is always fun to come back on the show, thanks for having me',
];

const ABOUT: Record<string, string[]> = {
  regions: [
    'so the regions idea from Matthew Parkinson is about ownership of objects',
    'you freeze a region and every object in it is immutable',
    'ownership of the region moves to another interpreter',
  ],
  mobile: [
    'so Python on mobile: Russell said iOS and Android are finally there',
    'tier three support means phones are a real platform, apps embed it',
    'you still need Xcode or Gradle to build the app',
  ],
  packaging: [
    'then packaging governance, Barry Warsaw talked about a packaging council',
    'who is the voting body that elects the council for packaging standards',
    'installers and wheels would follow the council decisions',
  ],
  sponsor: ['this portion is brought to you by our sponsor, use the code', 'visit the sponsor link in your show notes'],
};

/** A transcript following `plan` (one topic per minute), three lines a minute. */
function transcript(plan: string[]): TimedBlock[] {
  return plan.flatMap((topic, minute) =>
    [0, 20, 40].map((second, line) => ({
      id: `b${minute}-${line}`,
      start: minute * 60 + second,
      text: (topic === 'chat' ? FILLER : ABOUT[topic])[(minute + line) % (topic === 'chat' ? 3 : ABOUT[topic].length)],
      sponsor: topic === 'sponsor',
    })),
  );
}

const PLAN = [
  ...Array<string>(5).fill('chat'),
  ...Array<string>(7).fill('regions'),
  ...Array<string>(2).fill('sponsor'),
  ...Array<string>(6).fill('mobile'),
  ...Array<string>(3).fill('chat'),
  ...Array<string>(5).fill('packaging'),
  ...Array<string>(3).fill('chat'),
];

function minuteLabels(plan: string[], voices: string[] = []): (string | null)[] {
  const parts = segmentTranscript(transcript(plan), talks, background, voices);
  return plan.map((_, minute) => {
    const middle = minute * 60 + 30;
    return parts.find((part) => part.start <= middle && middle < part.end)?.talkId ?? null;
  });
}

describe('segmenting a transcript', () => {
  it('finds each talk where the conversation turns to it, within a minute either side', () => {
    const expected = PLAN.map((topic) => (topic in ABOUT && topic !== 'sponsor' ? topic : null));
    const found = minuteLabels(PLAN);
    const right = found.filter((label, minute) => label === expected[minute]).length;
    expect(right / PLAN.length).toBeGreaterThanOrEqual(0.85);
    // Every talk is found, in the order discussed.
    expect([...new Set(found.filter((label) => label !== null))]).toEqual(['regions', 'mobile', 'packaging']);
  });

  it('ends a part where the next begins, when the next is named in the last line of its minute', () => {
    const plan = [
      ...Array<string>(3).fill('chat'),
      ...Array<string>(5).fill('regions'),
      ...Array<string>(6).fill('mobile'),
    ];
    const blocks = transcript([...plan, 'chat', 'chat', 'chat']).map((block) =>
      block.id === 'b7-2' ? { ...block, text: `${block.text}. Now, Python on mobile` } : block,
    );
    const parts = segmentTranscript(blocks, talks, background);
    expect(parts.map((part) => part.talkId)).toEqual(['regions', 'mobile']);
    expect(parts[1].start).toBe(460);
    expect(parts[0].end).toBe(460);
  });

  it('keeps sponsor reads out of every part', () => {
    const found = minuteLabels(PLAN);
    PLAN.forEach((topic, minute) => {
      if (topic === 'sponsor') expect(found[minute]).toBeNull();
    });
  });

  it('finds no part in a conversation about none of the talks, even when it says a presenter’s name', () => {
    const chat = Array<string>(20).fill('chat');
    expect(minuteLabels(chat)).toEqual(Array(20).fill(null));
    // Barry is one of the voices here, addressed by name now and then: that alone is no sign that
    // his talk is being discussed.
    const withVoice = transcript(chat).map((block) =>
      block.start >= 480 && block.start < 720 ? { ...block, text: `${block.text}, right Barry Warsaw?` } : block,
    );
    expect(segmentTranscript(withVoice, talks, background, ['Barry Warsaw'])).toEqual([]);
  });
});

describe('a part names its talk', () => {
  it('starts where the talk is first named, and a stretch that never names it is no part', () => {
    const unnamed = (minute: number) =>
      [0, 20, 40].map((second, line) => ({
        id: `u${minute}-${line}`,
        start: minute * 60 + second,
        text: ABOUT.regions[1 + ((minute + line) % 2)],
        sponsor: false,
      }));
    const chat = transcript(Array<string>(16).fill('chat'));
    const blocks = [...chat.slice(0, 15), ...[5, 6, 7, 8, 9, 10].flatMap(unnamed), ...chat.slice(33)].sort(
      (a, b) => a.start - b.start,
    );
    expect(segmentTranscript(blocks, talks, background)).toEqual([]);
    const named = blocks.map((block) =>
      block.id === 'u8-0' ? { ...block, text: `${block.text}, as Matthew Parkinson put it` } : block,
    );
    expect(segmentTranscript(named, talks, background)).toMatchObject([
      { talkId: 'regions', blockId: 'u8-0', start: 480 },
    ]);
  });
});

describe('the best sequence of parts', () => {
  it('pays for each change of talk, so a single stray minute is not a part', () => {
    const margins = [[-1], [-1], [0.6], [-1], [-1], [1], [1], [1], [-1]];
    expect(bestPath(margins, 1)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 0]);
    expect(bestPath(margins, 0.1)).toEqual([0, 0, 1, 0, 0, 1, 1, 1, 0]);
  });
});

describe('a part ends where the episode names someone else', () => {
  // Minutes 5–7 discuss the regions talk; minutes 8–10 discuss a talk on the same subject that the
  // library does not hold, by a presenter the library knows from another summit.
  const plan = [
    ...Array<string>(5).fill('chat'),
    ...Array<string>(6).fill('regions'),
    ...Array<string>(4).fill('chat'),
  ];
  const blocks = transcript(plan).map((block) =>
    block.id === 'b8-0' ? { ...block, text: `next, Mark Shannon talked about this too: ${block.text}` } : block,
  );

  it('ends the part at the line naming another presenter', () => {
    const parts = segmentTranscript(blocks, talks, background, [], ['Mark Shannon']);
    expect(parts[0]).toMatchObject({ talkId: 'regions', end: 480 });
    // The line naming him is in no part; the talk may be taken up again where it is named again.
    expect(parts.some((part) => part.start <= 480 && 480 < part.end)).toBe(false);
  });

  it('does not end it for another presenter named in passing before the talk, in the same minute', () => {
    // The talk is named once, in minute 5, after an aside naming someone else; later minutes keep to
    // its subject without naming it again.
    const unnamed = ABOUT.regions.filter((line) => !line.includes('Parkinson'));
    const introduced = transcript(plan).map((block) => {
      const minute = Math.floor(block.start / 60);
      if (block.id === 'b5-0') return { ...block, text: `as Mark Shannon said last year, ${unnamed[0]}` };
      if (minute < 6 || minute > 10) return block;
      return { ...block, text: `${unnamed[(block.start / 20) % unnamed.length]}, regions and ownership` };
    });
    const parts = segmentTranscript(introduced, talks, background, [], ['Mark Shannon']);
    expect(parts[0]).toMatchObject({ talkId: 'regions', start: 320 });
    expect(parts[0].end).toBeGreaterThan(480);
  });

  it('does not end it for the talk’s own presenter, or for a name no summit presenter has', () => {
    expect(segmentTranscript(blocks, talks, background, [], ['Matthew Parkinson'])[0]?.end).toBeGreaterThan(600);
    expect(segmentTranscript(blocks, talks, background, [], [])[0]?.end).toBeGreaterThan(600);
  });
});

describe('what names a talk', () => {
  const guido: SegmentTalk = {
    talkId: 'worse',
    title: 'Is worse still better?',
    speakers: ['Guido van Rossum'],
    text: 'Demanding perfection from every feature; the bar to land a change is too high.',
  };
  const block = (text: string): TimedBlock => ({ id: 'x', start: 0, text, sponsor: false });

  it('is a full name, two title words together, or a name only this presenter has, written as a name', () => {
    const namings = talkNamings(guido, nameHolders(['Guido van Rossum', 'Mark Shannon'], ['Michael Kennedy']));
    const named = (text: string) => namings.some((naming) => says(block(text), naming));
    expect(named('and then guido van rossum spoke')).toBe(true);
    expect(named('so is worse still better these days')).toBe(true);
    expect(named('let us look at Guido’s lightning talk')).toBe(true);
    expect(named('let us look at guido’s lightning talk')).toBe(false);
    expect(named('Guido. That was the start of it')).toBe(false);
    expect(named('it was worse, and the bar is better now')).toBe(false);
  });

  it('is a name whatever the case of its inner letters or its accents, and never a sentence’s first word', () => {
    const talk: SegmentTalk = { ...guido, speakers: ['Ewa McDonald', 'Łukasz Nowak'] };
    const namings = talkNamings(talk, nameHolders(talk.speakers, []));
    const named = (text: string) => namings.some((naming) => says(block(text), naming));
    expect(named('and then McDonald explained it')).toBe(true);
    expect(named('and then Lukasz Nowak explained it')).toBe(true);
    expect(named('and then Łukasz explained it')).toBe(true);
    // A limitation, kept on purpose: a name opening a line or sentence is not counted, since any
    // word is capitalised there ("Russell said…" names no one; "then Russell said…" does).
    expect(named('McDonald said it was done')).toBe(false);
  });

  it('counts a voice of the episode as no other presenter, however its name is accented', () => {
    const index = presenterIndex(['Łukasz Langa', 'Mark Shannon'], ['Lukasz Langa']);
    expect(namesSomeoneElse(block('thanks, Lukasz Langa, for that'), guido, index)).toBe(false);
    expect(namesSomeoneElse(block('then Mark Shannon spoke'), guido, index)).toBe(true);
  });

  it('is not a given name another presenter or a voice shares', () => {
    const namings = talkNamings(guido, nameHolders(['Guido van Rossum', 'Guido Other'], []));
    expect(namings.some((naming) => says(block('let us look at Guido’s talk'), naming))).toBe(false);
    const voiced = talkNamings(guido, nameHolders(['Guido van Rossum'], ['Guido Host']));
    expect(voiced.some((naming) => says(block('let us look at Guido’s talk'), naming))).toBe(false);
  });

  it('is never a sponsor read', () => {
    const namings = talkNamings(guido, nameHolders(['Guido van Rossum'], []));
    expect(namings.some((naming) => says({ ...block('Guido van Rossum'), sponsor: true }, naming))).toBe(false);
  });
});

describe('the best sequence within rules', () => {
  const margins = [[-1], [1], [1], [1], [1], [-1]];

  it('enters a talk only where it may begin', () => {
    expect(bestPath(margins, 0.5)).toEqual([0, 1, 1, 1, 1, 0]);
    const rules = { enter: (window: number) => window === 3, goOn: () => true };
    expect(bestPath(margins, 0.5, rules)).toEqual([0, 0, 0, 1, 1, 0]);
  });

  it('leaves a talk where it may not go on', () => {
    const rules = { enter: (window: number) => window === 1, goOn: (window: number) => window !== 2 };
    expect(bestPath(margins, 0.5, rules)).toEqual([0, 1, 1, 0, 0, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model';
import { currentEntry, outlineEntries } from './TalkOutline';

const segment = (id: string, start: number, text: string): Block => ({
  id,
  type: 'segment',
  text,
  start,
  cues: [],
  sponsor: false,
});

describe('talk outlines', () => {
  it('lists headings', () => {
    const blocks: Block[] = [
      { id: 'b1', type: 'paragraph', text: 'Intro' },
      { id: 'b2', type: 'heading', level: 2, text: 'First' },
      { id: 'b3', type: 'paragraph', text: 'Body' },
      { id: 'b4', type: 'heading', level: 3, text: 'Detail' },
    ];
    expect(outlineEntries(blocks).map((entry) => entry.label)).toEqual(['First', 'Detail']);
    expect(currentEntry(outlineEntries(blocks), blocks, 'b3')).toBe('b2');
    expect(currentEntry(outlineEntries(blocks), blocks, 'b1')).toBeNull();
  });

  it('makes ten-minute chapters for a transcript', () => {
    const blocks = [
      segment('s1', 0, 'Welcome to the show'),
      segment('s2', 300, 'Later'),
      segment('s3', 610, 'Second chapter starts here'),
      segment('s4', 1230, 'One two three four five six. Seven eight'),
    ];
    expect(outlineEntries(blocks).map((entry) => [entry.blockId, entry.label])).toEqual([
      ['s1', '0:00 — Welcome to the show'],
      ['s3', '10:10 — Second chapter starts here'],
      // Cut words get an ellipsis, never after a full stop (".…").
      ['s4', '20:30 — One two three four five six…'],
    ]);
  });
});

describe('a transcript with parts about talks', () => {
  const blocks = [
    segment('s1', 0, 'Welcome to the show'),
    segment('s2', 200, 'So the first talk'),
    segment('s3', 400, 'More on it'),
    segment('s4', 700, 'Now something else entirely'),
    segment('s5', 1300, 'Twenty minutes in'),
    segment('s6', 1500, 'The second talk'),
  ];
  const parts = [
    { talkId: 't1', title: 'The first talk', blockId: 's2', start: 200, end: 700 },
    { talkId: 't2', title: 'The second talk', blockId: 's6', start: 1500, end: 1500 },
  ];

  it('lists the talks it discusses, with chapters only between them', () => {
    expect(outlineEntries(blocks, parts).map((entry) => [entry.blockId, entry.label])).toEqual([
      ['s1', '0:00 — Welcome to the show'],
      ['s2', '3:20 — The first talk'],
      ['s4', '11:40 — Now something else entirely'],
      ['s5', '21:40 — Twenty minutes in'],
      ['s6', '25:00 — The second talk'],
    ]);
    expect(currentEntry(outlineEntries(blocks, parts), blocks, 's3')).toBe('s2');
  });
});

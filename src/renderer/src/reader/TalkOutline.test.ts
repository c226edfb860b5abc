import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model';
import { currentEntry, outlineEntries } from './TalkOutline';

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
    const segment = (id: string, start: number, text: string): Block => ({
      id,
      type: 'segment',
      text,
      start,
      cues: [],
      sponsor: false,
    });
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

import { describe, expect, it } from 'vitest';
import { parseDocumentText } from './parseDocument';
import { splitVoice, transcriptPeople } from './transcriptSpeakers';

describe('who speaks in a transcript', () => {
  it('takes voice tags and "Name:" turns, and not all-caps captions', () => {
    expect(splitVoice('<v Juanita Gomez:>Sure, thanks.')).toEqual({ voice: 'Juanita Gomez', text: 'Sure, thanks.' });
    expect(splitVoice('Seth Larson: I wrote that up.')).toEqual({
      voice: 'Seth Larson',
      text: 'Seth Larson: I wrote that up.',
    });
    expect(splitVoice('MARK MANDEL: in a caption')).toEqual({ voice: null, text: 'MARK MANDEL: in a caption' });
    expect(splitVoice('Note: not a person')).toEqual({ voice: null, text: 'Note: not a person' });
  });

  it('makes the announced host the host and the other voices guests', () => {
    const voices = ['Ann Lee', 'Ann Lee', 'Bo Chen', 'Bo Chen', 'Cy Park', 'Cy Park', 'Dee Moss'];
    expect(transcriptPeople('This is your host, Ann Lee. Welcome.', voices)).toEqual({
      host: 'Ann Lee',
      guests: ['Bo Chen', 'Cy Park'],
    });
  });

  it('finds guests in the introduction when nobody is tagged', () => {
    const spoken =
      'Join Carol Willing and Brett Cannon, both longtime core developers, along with my co-host at Python Bytes, ' +
      'Brian Okken, as we discuss the future. This is your host, Michael Kennedy. Michael here.';
    expect(transcriptPeople(spoken, [])).toEqual({
      host: 'Michael Kennedy',
      guests: ['Carol Willing', 'Brett Cannon', 'Brian Okken'],
    });
    expect(
      transcriptPeople('We have all three folks involved on the episode, Carl Meyer, Ann Bee, and Barry Warsaw.', [])
        .guests,
    ).toEqual(['Carl Meyer', 'Ann Bee', 'Barry Warsaw']);
  });

  it('keeps tags out of the text a reader sees', () => {
    const result = parseDocumentText(
      '00:00:01 <v Ann Lee>Welcome to the show. This is your host, Ann Lee.\n00:00:05 <v Bo Chen>Thanks for having me.\n00:00:09 <v Bo Chen>Glad to be here.\n00:00:12 <v Ann Lee>Let us start.\n',
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.document).toMatchObject({ kind: 'transcript', host: 'Ann Lee', guests: ['Bo Chen'] });
    expect(JSON.stringify(result.document.talks)).not.toContain('<v');
  });
});

// The small grammar of who presented, in prose: a list of names as the subject of a presenting
// verb, or after "contributed by" or "authored by … who presented", and names in photo captions.
// Each rule is shown on sentences in the manner of write-ups of two different years and authors;
// people who only ask, answer, are quoted or mentioned are never taken.

import { describe, expect, it } from 'vitest';
import { parseDocumentText } from './parseDocument';
import { findCaptionPresenters, findPresenters } from './people';

const presenters = (paragraph: string): string[] => findPresenters([paragraph], paragraph);
/** The paragraph after a talk's opening, where asking a question is only asking it. */
const later = (paragraph: string): string[] =>
  findPresenters(['The discussion turned to the plan.', paragraph], paragraph);

describe('presenters named in prose', () => {
  it('takes the authors of a proposal only when the text says they presented it', () => {
    expect(
      presenters(
        'PEP 772 was authored by Barry Warsaw, Pradyun Gedam, and Deb Nicholson. At the summit the authors shared what the council would do.',
      ),
    ).toEqual(['Barry Warsaw', 'Pradyun Gedam', 'Deb Nicholson']);
    expect(
      presenters(
        'PEP 690 was authored by Carl Meyer and Germán Méndez Bravo, who presented it to the core developers.',
      ),
    ).toEqual(['Carl Meyer', 'Germán Méndez Bravo']);
    expect(presenters('PEP 703 was authored by Sam Gross. Mark Shannon asked whether it would be slower.')).toEqual([]);
  });

  it('takes the people a talk was contributed by', () => {
    expect(
      presenters('The session was contributed by Mariatta Wijaya and Carol Willing of the docs work group.'),
    ).toEqual(['Mariatta Wijaya', 'Carol Willing']);
    expect(presenters('Slides contributed by Eric Snow, Eddie Elizondo, and Dino Viehland opened the day.')).toEqual([
      'Eric Snow',
      'Eddie Elizondo',
      'Dino Viehland',
    ]);
  });

  it('takes people who attended to talk about something, not people who merely attended', () => {
    expect(
      presenters(
        'Eric Snow, Eddie Elizondo, and Dino Viehland attended their first summit to talk about immortal objects.',
      ),
    ).toEqual(['Eric Snow', 'Eddie Elizondo', 'Dino Viehland']);
    expect(presenters('Tian Gao and Pablo Galindo Salgado attended the summit to present the new REPL.')).toEqual([
      'Tian Gao',
      'Pablo Galindo Salgado',
    ]);
    expect(presenters('Brett Cannon and Thomas Wouters attended the summit and asked many questions.')).toEqual([]);
  });

  it('takes the subject of "delivered the presentation", and ends the name where it ends', () => {
    expect(presenters('After lunch, Irit Katriel delivered the presentation on the issue backlog.')).toEqual([
      'Irit Katriel',
    ]);
    expect(
      presenters('Core developer Hugo van Kemenade delivered the presentation, which asked whether CalVer would help.'),
    ).toEqual(['Hugo van Kemenade']);
  });

  it('never takes people who ask, answer, are quoted or are mentioned', () => {
    expect(later('Guido van Rossum asked a question, and Łukasz Langa answered it.')).toEqual([]);
    expect(
      presenters('As Brett Cannon put it: “no”. Victor Stinner was mentioned as the author of the change.'),
    ).toEqual([]);
  });
});

describe('presenters named in photo captions', () => {
  it('reads names that stand alone or present, and never a credit', () => {
    expect(findCaptionPresenters(['Guido van Rossum presenting at the Language Summit'])).toEqual(['Guido van Rossum']);
    expect(findCaptionPresenters(['Mariatta Wijaya and Carol Willing'])).toEqual(['Mariatta Wijaya', 'Carol Willing']);
    expect(findCaptionPresenters(['Sam Gross (Meta) speaks about free-threading'])).toEqual(['Sam Gross']);
    expect(findCaptionPresenters(['Photo credit: Hugo van Kemenade', 'The room at the Language Summit'])).toEqual([]);
  });

  it('gives a write-up whose text names nobody its presenters from the photo’s caption (2019 and 2023)', () => {
    const writeUp = (title: string, caption: string): string =>
      [
        '---',
        `title: '${title}'`,
        '---',
        '',
        'The room discussed how the standard library should grow.',
        '',
        `<table><tr><td><img src="photo.jpg"></td></tr><tr><td>${caption}</td></tr></table>`,
        '',
        'Several attendees asked about maintenance costs.',
      ].join('\n');
    const speakersOf = (text: string): string[] => {
      const result = parseDocumentText(text);
      if (!result.ok) throw new Error(result.error);
      return result.document.talks.flatMap((talk) => talk.speakers);
    };
    expect(
      speakersOf(
        writeUp('The Python Language Summit 2023: What is the Standard Library for?', 'Brett Cannon presenting'),
      ),
    ).toEqual(['Brett Cannon']);
    expect(
      speakersOf(
        writeUp(
          'Time Zones In The Standard Library - Python Language Summit 2019',
          'Paul Ganssle at the Python Language Summit',
        ),
      ),
    ).toEqual(['Paul Ganssle']);
  });
});

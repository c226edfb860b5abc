// Who speaks in a transcript: WebVTT voice tags (`<v Name>`) and "Name:" turns name the speakers;
// without them the introduction does ("with guest …", "joined by …", "This is your host, …").
// All-caps caption lines ("MARK MANDEL:") are captions, not speakers.

import { findHost } from './episodePage';
import { isPlausibleName, mentionedNames, normalizePersonName } from './people';
import { leadingNameList } from './programme';

const VOICE_TAG = /<v(?:\.[\w.-]+)?\s+([^>]+?)\s*:?\s*>/g;
// A turn: a mixed-case full name and a colon at the start of a cue.
const TURN = /^((?:\p{Lu}[\p{Ll}’'-]+)(?:\s+(?:van|von|de|der|da|di|del|la|le)?\s*\p{Lu}[\p{Ll}’'-]+){1,3}):\s+\S/u;

/** The voice a cue's text names and the text without the tag. */
export function splitVoice(text: string): { voice: string | null; text: string } {
  let voice: string | null = null;
  const cleaned = text.replace(VOICE_TAG, (_whole, name: string) => {
    voice ??= normalizePersonName(name.replace(/:$/, ''));
    return '';
  });
  const rest = cleaned.replace(/<\/v>/g, '').trim();
  const turn = TURN.exec(rest);
  if (!voice && turn && isPlausibleName(turn[1])) voice = normalizePersonName(turn[1]);
  return { voice, text: rest };
}

/** The people an introduction lists: "Carl Meyer, Hermann Bravo, and Barry Warsaw". */
function namesAfter(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].flatMap((match) => leadingNameList(match[1], 16) ?? []);
}

const INTRODUCTIONS = [
  /\bwith (?:my )?(?:special )?guests?,?\s+([^.?!]{3,200})/gu,
  /\b(?:we're|we are|I'm|I am) joined (?:today )?by\s+([^.?!]{3,200})/gu,
  /\bJoin\s+([^.?!]{3,120})/gu,
  /\balong with (?:my [\w\s-]{1,40}?,\s+)?([^.?!]{3,80})/gu,
  /\b(?:on the (?:episode|show)|here today|on the show today),\s+([^.?!]{3,200})/gu,
  /\b([^.?!]{3,60}?)\s+joined (?:this|the) (?:episode|show)/gu,
];

/** "Seth, welcome back to Talk Python": the full name, mentioned earlier, of the person greeted. */
function greetedGuest(text: string, host: string | null): string | null {
  const greeted =
    /\b([\p{Lu}][\p{Ll}]+),\s+welcome(?: back)? to\b/u.exec(text)?.[1] ??
    /\bwelcome(?: back)?(?: to [^,.]{2,40})?,\s+([\p{Lu}][\p{Ll}]+)\b/u.exec(text)?.[1];
  if (!greeted) return null;
  const names = mentionedNames(text).filter((name) => name !== host && name.split(' ')[0] === greeted);
  return names.sort((a, b) => b.length - a.length)[0] ?? null;
}

export interface TranscriptPeople {
  host: string | null;
  guests: string[];
}

/** Host and guests of a transcript, from its voices when it has them, else from its introduction. */
export function transcriptPeople(spoken: string, voices: (string | null)[]): TranscriptPeople {
  const counts = new Map<string, number>();
  for (const voice of voices) if (voice && isPlausibleName(voice)) counts.set(voice, (counts.get(voice) ?? 0) + 1);
  const introduction = spoken.slice(0, 3000);
  const announced = findHost(spoken);
  const voiced = [...counts.entries()].filter(([, count]) => count >= 2).map(([name]) => name);
  if (voiced.length > 0) {
    const host = announced && voiced.includes(announced) ? announced : (announced ?? voiced[0]);
    return { host, guests: voiced.filter((name) => name !== host) };
  }
  const guests = new Set<string>();
  for (const pattern of INTRODUCTIONS)
    for (const name of namesAfter(pattern, introduction)) if (name !== announced) guests.add(name);
  const greeted = greetedGuest(spoken, announced);
  if (greeted) guests.add(greeted);
  return { host: announced, guests: [...guests] };
}

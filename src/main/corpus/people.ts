// Finds who presented a talk from the words around their name, and normalizes how names are written.
//
// Precision beats recall: a name is only taken when the text says the person presented, spoke or
// proposed something, never merely because a capitalized phrase appears.

import { looksMisdecoded } from './mojibake';

const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'du', 'bin', 'al']);

// Capitalized words that start sentences or name roles, projects and places rather than people.
const NOT_NAME_WORDS = new Set(
  (
    'The A An This That These Those It Its In On At For From With Without By To Of And Or But If When While As ' +
    'After Before During Since Until Also Then There Here Some Many Most Every Each Another Other Both All One Two Three ' +
    'Python CPython PyPy Core Developer Developers Council Steering Member Members Chair Language Summit Software ' +
    'Foundation Team Project Institute University Company Meta Microsoft Google Bloomberg Instagram Facebook Apple ' +
    'Android Rust Java JavaScript Linux Windows Mac Unix Discourse GitHub PyCon US Lightning Talk Talks Global Interpreter ' +
    'Lock Standard Library Faster Cinder Interpreter Welcome Thank Thanks Yes No Yeah Okay Well So Now Today Last Next ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Episode Podcast Host Guest Sponsor Mastodon Twitter Bluesky YouTube Previously ' +
    'Per Sub Free Threading Mobile Web WebAssembly Photo Credit Slide Mr Mrs Ms Dr Prof Professor CEO CTO ' +
    'Release Manager Managers Executive Director Engineer Engineering Maintainer Maintainers President Vice Senior ' +
    'Staff Principal Lead Security Residence Board Fellow Author Editor Creator Founder Head Officer Community ' +
    'Program Programme Daylight Saving Time Standard Read More Coverage Summary Discussion Introduction ' +
    'I We You He She They Our Their His Her My'
  ).split(' '),
);

// Verbs that, right after a name, say the person is presenting or leading the discussion. Verbs
// that people in a discussion use too ("asked", "argued", "agreed", "raised") are left out: the
// people who only ask or reply are not presenters.
const STRONG_VERBS =
  'came|spoke|speaks|gave|gives|presented|presents|proposed|proposes|led|leads|delivered|talked|introduced|' +
  'introduces|explained|demonstrated|described|recounted|outlined|summari[sz]ed|pitched|was next|set out to|' +
  'opted to continue|shared|shares|showed|shows|discussed|has been working|is working|maintains|' +
  'is the maintainer|is a maintainer|asserts|asserted|closed off|kicked off|brought(?! up)|took the stage|' +
  'took the floor|returned to the (?:Language )?Summit|followed up|started|starts|began|begins|opened|opens|closed|' +
  'continued|' +
  // Attending says nothing by itself; attending "to talk about" something is presenting it.
  String.raw`attended(?=[^.!?]{0,80}?\bto\s+(?:talk|present|speak|discuss|share|give|introduce|propose)\b)`;
// Some of those verbs say nothing about presenting unless a talk follows: "Daylight Saving Time starts in…".
const WEAK_VERB_CONTEXT = String.raw`(?:(?<=started|starts|began|begins|opened|opens|closed|continued)\s+(?:off|the|a|an|by|with|his|her|their|this|today|proceedings)\b|(?<!started|starts|began|begins|opened|opens|closed|continued))`;
const PRESENTER_VERBS = `(?:${STRONG_VERBS})\\b${WEAK_VERB_CONTEXT}`;
// In a talk's first sentence the person who asks or wants something is the one presenting.
const LEAD_VERBS = `(?:${STRONG_VERBS}|asked|asks|wanted|wants|wondered|argued|raised|took|followed|returned)\\b${WEAK_VERB_CONTEXT}`;

const NAME_TOKEN = String.raw`(?:[A-Z][a-z]*[A-Z][a-z]+|[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃÓ][\p{Ll}’'\-]+(?:-[A-Z][\p{Ll}]+)?|[A-Z]\.)(?![\p{L}\-])`;
const PARTICLE = String.raw`(?:van|von|de|der|den|da|di|del|la|le|du)`;
const NICKNAME = String.raw`(?:[“"][^”"]{1,20}[”"])`;
// Two to four name tokens, with particles ("Guido van Rossum") and a quoted nickname allowed inside.
const FULL_NAME = String.raw`${NAME_TOKEN}(?:\s+(?:${PARTICLE}\s+|${NICKNAME}\s+)*${NAME_TOKEN}){1,3}`;

// A name, with an apposition after it ("Hugo van Kemenade, the release manager for 3.14,").
const APPOSITION = String.raw`(?:\s*,(?:[^,.;]|\.(?=\d)){1,110},)`;
// Role words may stand before a name ("Executive Director Deb Nicholson"); they are trimmed later.
const ROLE_AND_NAME = String.raw`(?:${NAME_TOKEN}\s+){0,3}${FULL_NAME}`;
const SUBJECT = String.raw`${ROLE_AND_NAME}${APPOSITION}?`;
// One subject, or several joined by commas and "and": "Eddie Elizondo, an engineer, and Eric Snow".
const SUBJECTS = String.raw`${SUBJECT}(?:\s*,\s*${SUBJECT})*(?:\s*,?\s+and\s+${SUBJECT})?`;

const PRESENTER_AFTER = new RegExp(String.raw`(?<![\p{L}’'])(${SUBJECTS})(?:’s?|'s?)?,?\s+${PRESENTER_VERBS}`, 'gu');
const PRESENTER_LEADS = new RegExp(String.raw`^[^.!?]*?(?<![\p{L}’'])(${SUBJECTS}),?\s+${LEAD_VERBS}`, 'gu');
const PRESENTER_BEFORE = new RegExp(
  String.raw`\b(?:delivered|given|presented|led|proposed|contributed|(?:talk|presentation|proposal|plan|idea|work|slot|session|collaboration|project)(?:\s+[\p{Ll}\s]{0,40}?)?(?:\s+was)?(?:\s+in\s+fact)?)\s+(?:by|from|between)\s+(${ROLE_AND_NAME}(?:\s*,\s*(?:and\s+)?${ROLE_AND_NAME})*(?:\s*,?\s+and\s+${ROLE_AND_NAME})?)`,
  'gu',
);
// "said Guido van Rossum at the Language Summit", "as Pablo Galindo Salgado told the Language Summit".
const ADDRESSED_SUMMIT = new RegExp(
  String.raw`\b(?:said|says|told)\s+(${FULL_NAME})\s+(?:at|to)\s+the\s+(?:Python\s+)?Language\s+Summit|(?<![\p{L}’'])(${FULL_NAME})\s+told\s+the\s+(?:Python\s+)?(?:Language\s+)?Summit`,
  'gu',
);
const POSSESSIVE_PROPOSAL = new RegExp(
  String.raw`(?<![\p{L}’'])(${FULL_NAME})’s?\s+(?:[“"][^”"]{1,30}[”"]\s+)?(?:PEP\s+\d+\s+)?(?:proposal|fork|idea|talk|presentation|PEP|plan|project)\b`,
  'gu',
);
const SPEAKER_LIST = new RegExp(
  String.raw`\b(?:speakers?|presenters?)\b[^:.]{0,60}:\s*((?:${FULL_NAME})(?:\s*,\s*(?:and\s+)?(?:${FULL_NAME}))*(?:,?\s+and\s+(?:${FULL_NAME})))`,
  'gu',
);

// Authors are presenters only when the text says they presented: "authored by A and B, who
// presented it", or a later sentence of the paragraph where "the authors" (or "they") present.
const AUTHORED_AND_PRESENTED = new RegExp(
  String.raw`\b(?:co-)?authored\s+by\s+(${ROLE_AND_NAME}(?:\s*,\s*(?:and\s+)?${ROLE_AND_NAME})*(?:\s*,?\s+and\s+${ROLE_AND_NAME})?)(?=,?\s+who\s+(?:${STRONG_VERBS})\b|[^.!?]*[.!?]\s+(?:[^.!?]*?\s)?(?:the|its|all\s+(?:three|four)|both)?\s*(?:authors|three|four|pair|trio)\s+(?:${STRONG_VERBS})\b|[^.!?]*[.!?]\s+They\s+(?:${STRONG_VERBS})\b)`,
  'gu',
);

/** Canonical spelling of a person's name: NFC, single spaces, no nickname in quotes. */
export function normalizePersonName(name: string): string {
  return name
    .normalize('NFC')
    .replace(new RegExp(String.raw`\s*${NICKNAME}\s*`, 'gu'), ' ')
    .replace(/[’']s?$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when a string can be a person's full name; used to accept "Speaker: Title" headings. */
export function isPlausibleName(candidate: string): boolean {
  const name = normalizePersonName(candidate);
  if (looksMisdecoded(name) || /\d/.test(name)) return false;
  const tokens = name.split(' ');
  const core = tokens.filter((token) => !NAME_PARTICLES.has(token));
  if (core.length < 2 || core.length > 4 || tokens.length > 5) return false;
  if (!new RegExp(`^${FULL_NAME}$`, 'u').test(name)) return false;
  return core.every((token) => !NOT_NAME_WORDS.has(token) && !/^[A-Z]{2,}$/.test(token));
}

function acceptName(raw: string, excluded: Set<string>): string | null {
  const name = trimLeadingNonNames(normalizePersonName(raw));
  if (!name || !isPlausibleName(name) || excluded.has(name)) return null;
  return name;
}

// "CPython Core Developer Dong-hee Na" → "Dong-hee Na": drop role words in front of the name.
function trimLeadingNonNames(name: string): string {
  const tokens = name.split(' ');
  while (tokens.length > 2 && NOT_NAME_WORDS.has(tokens[0])) tokens.shift();
  return tokens.join(' ');
}

// A run of capitalized words, so that role words before a name are trimmed as a whole.
const NAME_IN_SPAN = new RegExp(
  String.raw`(?<![\p{L}’'])${NAME_TOKEN}(?:\s+(?:${PARTICLE}\s+|${NICKNAME}\s+)*${NAME_TOKEN}){1,7}`,
  'gu',
);

interface NameHit {
  name: string;
  index: number;
  /** Where the match that named the person starts; names of one match were named together. */
  match?: number;
}

/** Every plausible full name in a matched span: one subject, or several joined by commas and "and". */
function namesFrom(pattern: RegExp, text: string, excluded: Set<string>): NameHit[] {
  const found: NameHit[] = [];
  for (const match of text.matchAll(pattern)) {
    const span = match[1] ?? match[2] ?? '';
    for (const part of span.matchAll(NAME_IN_SPAN)) {
      const name = acceptName(part[0], excluded);
      if (name) found.push({ name, index: (match.index ?? 0) + (part.index ?? 0), match: match.index ?? 0 });
    }
  }
  return found;
}

function listedNames(text: string, excluded: Set<string>): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(SPEAKER_LIST)) {
    for (const part of match[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
      const name = acceptName(part, excluded);
      if (name) names.push(name);
    }
  }
  return names;
}

/** Surnames used alone ("Gross returned to the Summit") resolve to a full name seen elsewhere. */
function surnameReferences(
  text: string,
  fullNames: string[],
  excluded: Set<string>,
): { name: string; index: number }[] {
  const found: { name: string; index: number }[] = [];
  for (const full of fullNames) {
    if (excluded.has(full)) continue;
    const surname = full.split(' ').at(-1);
    if (!surname || surname.length < 3) continue;
    const pattern = new RegExp(String.raw`(?<![\p{L}’'])${escapeRegExp(surname)}\s+(?:${PRESENTER_VERBS})\b`, 'gu');
    for (const match of text.matchAll(pattern)) found.push({ name: full, index: match.index ?? 0 });
  }
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every full name the text mentions, whether or not they presented. */
export function mentionedNames(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}’'])(${FULL_NAME})`, 'gu'))) {
    const name = trimLeadingNonNames(normalizePersonName(match[1]));
    if (isPlausibleName(name)) names.add(name);
  }
  return [...names];
}

/**
 * Who presented, judged from a talk's opening paragraphs. Returns names in the order the text
 * first names them as presenters; an empty list when the text never says so plainly.
 */
export function findPresenters(opening: string[], wholeTalk: string, exclude: string[] = []): string[] {
  const excluded = new Set(exclude.map(normalizePersonName));
  const fullNames = mentionedNames(wholeTalk);
  const lead = opening[0] ? namesFrom(PRESENTER_LEADS, opening[0], excluded) : [];
  if (lead.length > 0) return unique(subjectGroup(lead));
  for (const paragraph of opening) {
    const listed = listedNames(paragraph, excluded);
    if (listed.length > 0) return unique(listed);
    const subjects = [
      ...namesFrom(PRESENTER_AFTER, paragraph, excluded),
      ...namesFrom(PRESENTER_BEFORE, paragraph, excluded),
      ...namesFrom(ADDRESSED_SUMMIT, paragraph, excluded),
      ...namesFrom(AUTHORED_AND_PRESENTED, paragraph, excluded),
    ].sort((a, b) => a.index - b.index);
    // Several people named together as presenters ("A and B gave a talk") all count.
    if (subjects.length > 0) return unique(subjectGroup(subjects));
    const hits = [
      ...namesFrom(POSSESSIVE_PROPOSAL, paragraph, excluded),
      ...surnameReferences(paragraph, fullNames, excluded),
    ].sort((a, b) => a.index - b.index);
    if (hits.length > 0) return [hits[0].name];
  }
  return [];
}

/** The first hit and the names found in the same match as it. */
function subjectGroup(hits: NameHit[]): string[] {
  const first = hits[0];
  return hits.filter((hit) => hit.match === first.match).map((hit) => hit.name);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

// A photo's caption names who is pictured presenting: "Guido van Rossum presenting at the Language
// Summit", "A and B speak about …", or only the names under a talk's photo. Credits are not.
const CAPTION_PRESENTING = new RegExp(
  String.raw`^(?:(?:Photo|Picture|Image)\s+(?:of|shows)\s+)?(${SUBJECTS})(?:\s*\([^)]{0,60}\))?\s*(?:[.,:;]\s*)?(?:$|(?:presenting|presents|presented|speaking|speaks|spoke|giving|gives|talking|talks|explaining|explains|leading|leads|delivering|delivers|discussing|discusses|at\s+the\s+(?:Python\s+)?Language\s+Summit)\b)`,
  'u',
);
const CAPTION_CREDIT = /\b(?:credit|courtesy|photo(?:graph)?s?\s+(?:by|from)|taken\s+by|©)/i;

/** Who a talk's photo captions show presenting; an empty list when no caption says. */
export function findCaptionPresenters(captions: string[], exclude: string[] = []): string[] {
  const excluded = new Set(exclude.map(normalizePersonName));
  for (const caption of captions) {
    const text = caption.replace(/\s+/g, ' ').trim();
    if (text.length > 200 || CAPTION_CREDIT.test(text)) continue;
    const match = CAPTION_PRESENTING.exec(text);
    if (!match) continue;
    const names = [...match[1].matchAll(NAME_IN_SPAN)]
      .map((part) => acceptName(part[0], excluded))
      .filter((name): name is string => name !== null);
    if (names.length > 0) return unique(names);
  }
  return [];
}

const BYLINE = new RegExp(String.raw`(?:\b(?:covered|written|reported|blogged)\s+by\s+|^By\s+)(${FULL_NAME})`, 'mu');

/** The writer a text credits ("the summit was covered by Alex Waygood"), or null. */
export function findByline(text: string): string | null {
  const match = BYLINE.exec(text);
  if (!match) return null;
  const name = normalizePersonName(match[1]);
  return isPlausibleName(name) ? name : null;
}

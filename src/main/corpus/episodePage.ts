// Reads a podcast episode page (copied out as text): its key points become the talks it covers,
// its other sections introduce the episode, and its links list is kept.

import { detectSummitYear, parseDate } from './dates';
import type { DraftBlock, DraftDocument, DraftTalk } from './draft';
import { splitGluedTitle } from './gluedTitle';
import { collapseSpaces } from './inline';
import { findPresenters, mentionedNames } from './people';
import { groupLines, plainGroupsToBlocks, type LineGroup } from './plainBlocks';
import { isShortTitleLine } from './prose';
import type { SourceLink } from '../../shared/model';

const EPISODE_LINE = /^\s*(?:Episode|Ep\.?)\s*#\s*(\d+)\b(.*)$/im;
const KEY_POINTS = /key points|takeaways|topics covered|highlights|what we covered/i;
const LINKS = /^links\b|links from the show|show notes|^resources$/i;
const NUMBERED = /^\s*(\d+)[.)]\s+(.*)$/;
const BULLET = /^\s*[•●▪◦*\-–]\s+(.*)$/;
const CALL_TO_ACTION = /^(?:watch|play|listen|subscribe|download|follow|learn python with)\b/i;

/** True when the text reads as an episode page: an "Episode #N" line and no timestamped lines. */
export function looksLikeEpisodePage(text: string): boolean {
  return EPISODE_LINE.test(text.split('\n').slice(0, 40).join('\n'));
}

interface Section {
  heading: string | null;
  groups: LineGroup[];
}

function isSectionHeading(group: LineGroup): boolean {
  const line = group.lines[0];
  return group.lines.length === 1 && isShortTitleLine(line) && !NUMBERED.test(line) && !/:\s/.test(line);
}

/** Splits the page at its headings; the links section runs to the end, since it has headings of its own. */
function splitSections(groups: LineGroup[]): Section[] {
  const sections: Section[] = [{ heading: null, groups: [] }];
  for (const group of groups) {
    const inLinks = LINKS.test(sections[sections.length - 1].heading ?? '');
    if (!inLinks && isSectionHeading(group)) sections.push({ heading: group.lines[0].trim(), groups: [] });
    else sections[sections.length - 1].groups.push(group);
  }
  return sections;
}

interface KeyPoint {
  text: string;
  details: string[];
}

function keyPoints(groups: LineGroup[]): KeyPoint[] {
  const points: KeyPoint[] = [];
  for (const line of groups.flatMap((group) => group.lines)) {
    const numbered = NUMBERED.exec(line);
    if (numbered) points.push({ text: collapseSpaces(numbered[2]), details: [] });
    else if (points.length > 0) points[points.length - 1].details.push(collapseSpaces(BULLET.exec(line)?.[1] ?? line));
  }
  return points;
}

function keyPointBlocks(point: KeyPoint, body: string): DraftBlock[] {
  const blocks: DraftBlock[] = [{ type: 'paragraph', text: body }];
  let label: string | null = null;
  let items: string[] = [];
  const flush = (): void => {
    if (label) blocks.push({ type: 'heading', level: 3, text: label });
    if (items.length > 0) blocks.push({ type: 'list', ordered: false, items, text: items.join('\n') });
    label = null;
    items = [];
  };
  for (const detail of point.details) {
    if (detail.endsWith(':')) {
      flush();
      label = detail.slice(0, -1);
    } else items.push(detail);
  }
  flush();
  return blocks;
}

function parseLinks(groups: LineGroup[]): SourceLink[] {
  const links: SourceLink[] = [];
  let group: string | undefined;
  for (const raw of groups.flatMap((lineGroup) => lineGroup.lines)) {
    const line = raw.trim();
    const dashed = /^-{2,}\s*(.*?)\s*-{2,}$/.exec(line);
    const pair = /^(.+?):\s+(\S.*)$/.exec(line);
    if (dashed) group = dashed[1];
    else if (pair) links.push({ label: pair[1].trim(), target: pair[2].trim(), ...(group ? { group } : {}) });
    else if (isShortTitleLine(line) && line.split(/\s+/).length <= 4) group = line;
    else links.push({ label: line, target: '', ...(group ? { group } : {}) });
  }
  return links;
}

const STOP_WORDS = new Set(
  'the a an of and or for in on at to via vs with without from by python pythons summit language plans proposal management beyond'.split(
    ' ',
  ),
);

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[’']s\b/g, '')
      .split(/[^a-z0-9-]+/)
      .map((word) => word.replace(/s$/, ''))
      .filter((word) => word.length > 1 && !STOP_WORDS.has(word) && !/^\d/.test(word)),
  );
}

/** Indices of the key points that match a talk the page lists, one key point per listed talk. */
function matchListedTalks(titles: string[], listed: string[]): Set<number> {
  const scores: { point: number; talk: number; score: number }[] = [];
  titles.forEach((title, point) => {
    const words = contentWords(title);
    listed.forEach((talk, talkIndex) => {
      const shared = [...contentWords(talk)].filter((word) => words.has(word)).length;
      if (shared > 0) scores.push({ point, talk: talkIndex, score: shared });
    });
  });
  scores.sort((a, b) => b.score - a.score);
  const usedPoints = new Set<number>();
  const usedTalks = new Set<number>();
  for (const { point, talk } of scores) {
    if (usedPoints.has(point) || usedTalks.has(talk)) continue;
    usedPoints.add(point);
    usedTalks.add(talk);
  }
  return usedPoints;
}

/** "This is your host, Michael Kennedy" and similar self-introductions. */
export function findHost(text: string): string | null {
  const names = new Set(mentionedNames(text));
  const match = /\b(?:your|the) host,?\s+([\p{Lu}][\p{L}’'\- ]{3,40}?)[.,!\n]/u.exec(text);
  const name = match?.[1].trim();
  return name && names.has(name) ? name : null;
}

function findGuests(text: string): string[] {
  const guests = new Set<string>();
  const patterns = [
    /([\p{Lu}][\p{L}’'\- ]{3,40}?)\s+joined (?:this|the) (?:episode|show)/gu,
    /We have ([\p{Lu}][\p{L}’'\- ]{3,40}?) (?:here|on|joining)/gu,
  ];
  const names = new Set(mentionedNames(text));
  for (const pattern of patterns)
    for (const match of text.matchAll(pattern)) if (names.has(match[1].trim())) guests.add(match[1].trim());
  return [...guests];
}

export function parseEpisodePage(text: string): DraftDocument {
  const lines = text.split('\n');
  const episodeIndex = lines.findIndex((line) => EPISODE_LINE.test(line));
  const episode = EPISODE_LINE.exec(lines[episodeIndex] ?? '');
  const titleLine = lines
    .slice(0, Math.max(episodeIndex, 0))
    .map((line) => line.trim())
    .filter((line) => line && !CALL_TO_ACTION.test(line))
    .at(-1);
  const show = /Subscribe to ([\p{Lu}][\p{L} ]{2,40}?) on\b/u.exec(text)?.[1] ?? null;
  const episodeTitle = titleLine ?? 'Untitled episode';
  const title = episode ? `${show ?? 'Episode'} #${episode[1]}: ${episodeTitle}` : episodeTitle;
  const published = /published\s+([^,]*,?[^,]*,\s*\d{4})/i.exec(episode?.[2] ?? '')?.[1];

  const body = lines.slice(episodeIndex + 1).join('\n');
  const groups = groupLines(body).filter((group) => !group.lines.every((line) => CALL_TO_ACTION.test(line.trim())));
  const sections = splitSections(groups);
  const guests = findGuests(text);

  const intro: DraftBlock[] = [];
  const links: SourceLink[] = [];
  let points: KeyPoint[] = [];
  for (const section of sections) {
    if (section.heading && LINKS.test(section.heading)) links.push(...parseLinks(section.groups));
    else if (
      section.heading &&
      KEY_POINTS.test(section.heading) &&
      points.length === 0 &&
      keyPoints(section.groups).length > 0
    ) {
      points = keyPoints(section.groups);
    } else if (section.groups.length > 0) {
      if (section.heading) intro.push({ type: 'heading', level: 2, text: section.heading });
      intro.push(...plainGroupsToBlocks(section.groups));
    }
  }

  const split = points.map(
    (point) => splitGluedTitle(point.text) ?? { title: point.text.slice(0, 80), body: point.text },
  );
  const listedTalks = links.filter((link) => /talks?\b/i.test(link.group ?? '')).map((link) => link.label);
  const asTalks =
    listedTalks.length > 0
      ? matchListedTalks(
          split.map((item) => item.title),
          listedTalks,
        )
      : new Set(split.keys());
  const talks: DraftTalk[] = [];
  const otherPoints: DraftBlock[] = [];
  split.forEach((item, index) => {
    const blocks = keyPointBlocks(points[index], item.body);
    if (asTalks.has(index)) {
      talks.push({ title: item.title, speakers: findPresenters([item.body], item.body, guests), blocks });
    } else otherPoints.push({ type: 'heading', level: 3, text: item.title }, ...blocks);
  });
  if (otherPoints.length > 0) intro.push({ type: 'heading', level: 2, text: 'Other key points' }, ...otherPoints);

  return {
    title,
    kind: 'episode',
    summitYear: detectSummitYear(`${episodeTitle}\n${text}`),
    date: parseDate(published ?? episode?.[2] ?? ''),
    author: null,
    host: findHost(text),
    guests,
    intro,
    links,
    talks,
  };
}

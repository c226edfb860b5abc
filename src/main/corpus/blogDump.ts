// Reads the text of a blog page that holds several dated posts, and keeps the summit's posts.
//
// Posts start at a date line or at a title in the same series ("The Python Language Summit
// 2023: ..."). Summit posts become talks; a post titled with the series name alone is the summit's
// introduction; a post with several "Speaker: Title" subheadings holds one talk per speaker.

import { detectSummitYear, isDateLine, parseDate } from './dates';
import type { DraftBlock, DraftDocument, DraftTalk } from './draft';
import { splitSpeakerHeading } from './markdownDocument';
import { findByline, findPresenters } from './people';
import { groupLines, plainGroupsToBlocks, type LineGroup } from './plainBlocks';
import { isShortTitleLine } from './prose';
import { SUMMIT_TITLE, seriesPrefix, summitTalkTitle } from './titles';

interface Post {
  date: string | null;
  title: string;
  groups: LineGroup[];
}

function isSingleLine(group: LineGroup | undefined): group is LineGroup {
  return group !== undefined && group.lines.length === 1;
}

/** True when the text is a dump of dated posts: at least one date line followed by a title line. */
export function looksLikeBlogDump(text: string): boolean {
  const groups = groupLines(text);
  return groups.some(
    (group, index) =>
      isSingleLine(group) && isDateLine(group.lines[0]) && isShortTitleLine(groups[index + 1]?.lines[0] ?? ''),
  );
}

export function splitPosts(groups: LineGroup[]): Post[] {
  const prefixes = new Set<string>();
  groups.forEach((group, index) => {
    const next = groups[index + 1];
    if (isSingleLine(group) && isDateLine(group.lines[0]) && isSingleLine(next)) {
      const prefix = seriesPrefix(next.lines[0].trim());
      if (prefix) prefixes.add(prefix);
    }
  });
  const isSeriesTitle = (line: string): boolean =>
    [...prefixes].some((prefix) => line === prefix || line.startsWith(`${prefix}: `));

  const posts: Post[] = [];
  let date: string | null = null;
  let current: Post | null = null;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    const line = group.lines[0].trim();
    if (isSingleLine(group) && isDateLine(line)) {
      date = parseDate(line);
      const next = groups[i + 1];
      if (isSingleLine(next)) {
        current = { date, title: next.lines[0].trim(), groups: [] };
        posts.push(current);
        i++;
      }
      continue;
    }
    if (isSingleLine(group) && isSeriesTitle(line)) {
      current = { date, title: line, groups: [] };
      posts.push(current);
      continue;
    }
    current?.groups.push(group);
  }
  return posts;
}

function paragraphs(blocks: DraftBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph' ? [block.text] : block.type === 'list' ? [block.items.join(' ')] : [],
  );
}

function talkFrom(title: string, blocks: DraftBlock[], speakers?: string[]): DraftTalk {
  const prose = paragraphs(blocks);
  return { title, speakers: speakers ?? findPresenters(prose.slice(0, 8), prose.join('\n')), blocks };
}

/** Splits a post at its "Speaker: Title" subheadings when it has two or more of them. */
function speakerSections(blocks: DraftBlock[]): { before: DraftBlock[]; talks: DraftTalk[] } | null {
  const starts = blocks.flatMap((block, index) =>
    block.type === 'heading' && splitSpeakerHeading(block.text) ? [index] : [],
  );
  if (starts.length < 2) return null;
  const talks = starts.map((start, n) => {
    const heading = blocks[start];
    const split = heading.type === 'heading' ? splitSpeakerHeading(heading.text) : null;
    const body = blocks.slice(start + 1, starts[n + 1] ?? blocks.length);
    return talkFrom(split?.title ?? '', body, split?.speakers);
  });
  return { before: blocks.slice(0, starts[0]), talks };
}

export function parseBlogDump(text: string): DraftDocument {
  return postsToDocument(splitPosts(groupLines(text)), text);
}

/**
 * A single post copied out as plain text: its first line is the title, and an optional date line
 * may come first.
 */
export function parsePlainArticle(text: string): DraftDocument {
  const groups = groupLines(text);
  const dated = isSingleLine(groups[0]) && isDateLine(groups[0].lines[0]);
  const date = dated ? parseDate(groups[0].lines[0]) : null;
  const rest = dated ? groups.slice(1) : groups;
  const titled = isSingleLine(rest[0]) && isShortTitleLine(rest[0].lines[0]);
  const title = titled ? rest[0].lines[0].trim() : 'Untitled document';
  const document = postsToDocument([{ date, title, groups: titled ? rest.slice(1) : rest }], text);
  return titled ? { ...document, title } : document;
}

/** True when text has no Markdown structure, so its layout must be read from the lines alone. */
export function looksLikePlainText(text: string): boolean {
  return !/^\s{0,3}#{1,6}\s|^\s{0,3}```|^\s{0,3}>\s|\[[^\]\n]+\]\([^)\n]+\)|\*\*\S/m.test(text);
}

function postsToDocument(posts: Post[], text: string): DraftDocument {
  const summitPosts = posts.filter((post) => SUMMIT_TITLE.test(post.title));
  const kept = summitPosts.length > 0 ? summitPosts : posts;
  const intro: DraftBlock[] = [];
  const talks: DraftTalk[] = [];
  for (const post of kept) {
    const blocks = plainGroupsToBlocks(post.groups);
    const title = summitTalkTitle(post.title);
    if (title === post.title && seriesPrefix(post.title) === null && SUMMIT_TITLE.test(post.title)) {
      intro.push({ type: 'heading', level: 2, text: post.title }, ...blocks);
      continue;
    }
    const sections = speakerSections(blocks);
    if (sections) {
      intro.push({ type: 'heading', level: 2, text: title }, ...sections.before);
      talks.push(...sections.talks);
      continue;
    }
    talks.push(talkFrom(title, blocks));
  }
  const summitYear = detectSummitYear(kept.map((post) => post.title).join('\n')) ?? detectSummitYear(text);
  const overview = kept.find((post) => summitTalkTitle(post.title) === post.title && SUMMIT_TITLE.test(post.title));
  const dates = kept.flatMap((post) => (post.date ? [post.date] : [])).sort();
  const introText = intro.map((block) => block.text).join('\n');
  return {
    title:
      overview?.title ??
      (summitYear ? `The Python Language Summit ${summitYear}` : (kept[0]?.title ?? 'Untitled posts')),
    kind: 'article',
    summitYear,
    date: overview?.date ?? dates[0] ?? null,
    author: findByline(introText) ?? findByline(text),
    host: null,
    guests: [],
    intro,
    links: [],
    talks,
  };
}

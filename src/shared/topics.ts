// Topics: threads through the summits, each defined by terms in one data file, and the talks that
// join them by what their text says.

export interface TopicDefinition {
  id: string;
  label: string;
  terms: string[];
}

export interface TopicsFile {
  minimumMentions: number;
  topics: TopicDefinition[];
}

export interface TopicTalk {
  talkId: string;
  title: string;
  speakers: string[];
  summitYear: number | null;
  mentions: number;
}

export interface Topic {
  id: string;
  label: string;
  terms: string[];
  years: { year: number | null; talks: TopicTalk[] }[];
}

interface TopicInputTalk {
  talkId: string;
  title: string;
  speakers: string[];
  summitYear: number | null;
  text: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word, case-insensitive pattern for the terms, with spaces matching any whitespace or hyphen. */
function termPattern(terms: string[]): RegExp {
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((term) => escapeRegExp(term.toLowerCase()).replace(/ /g, '[\\s-]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text)) count++;
  return count;
}

/** Each topic with its talks grouped by year (oldest first); talks join by title or by repeated mentions. */
export function buildTopics(file: TopicsFile, talks: TopicInputTalk[]): Topic[] {
  return file.topics.map((topic) => {
    const pattern = termPattern(topic.terms);
    const members: TopicTalk[] = [];
    for (const talk of talks) {
      const inTitle = countMatches(pattern, talk.title);
      const mentions = inTitle + countMatches(pattern, talk.text);
      if (inTitle > 0 || mentions >= file.minimumMentions) {
        members.push({
          talkId: talk.talkId,
          title: talk.title,
          speakers: talk.speakers,
          summitYear: talk.summitYear,
          mentions,
        });
      }
    }
    const years = new Map<number | null, TopicTalk[]>();
    for (const member of members) years.set(member.summitYear, [...(years.get(member.summitYear) ?? []), member]);
    return {
      id: topic.id,
      label: topic.label,
      terms: topic.terms,
      years: [...years.entries()]
        .sort(([a], [b]) => (a ?? 9999) - (b ?? 9999))
        .map(([year, yearTalks]) => ({ year, talks: yearTalks.sort((a, b) => b.mentions - a.mentions) })),
    };
  });
}

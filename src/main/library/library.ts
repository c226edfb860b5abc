// The parsed corpus as main serves it: documents grouped into summits, with a version hash.

import { createHash } from 'node:crypto';
import type {
  Block,
  LibraryIndex,
  SourceDetail,
  SourceDocument,
  SourceSummary,
  SummitSummary,
  Talk,
  TalkDetail,
} from '../../shared/model';
import type { SearchCorpus } from '../../shared/search/searchCorpus';
import { buildTopics, type Topic, type TopicsFile } from '../../shared/topics';
import { matchProgramme } from './programmeMatch';
import { summitSegments } from './summitSegments';

export interface Library {
  index: LibraryIndex;
  documents: SourceDocument[];
  /** Every talk's text and metadata, as the search index is built from. */
  searchCorpus: SearchCorpus;
  topics: Topic[];
  talk(id: string): TalkDetail | null;
  source(id: string): SourceDetail | null;
}

function compareDocuments(a: SourceDocument, b: SourceDocument): number {
  return (
    (a.summitYear ?? 9999) - (b.summitYear ?? 9999) ||
    (a.date ?? '').localeCompare(b.date ?? '') ||
    a.id.localeCompare(b.id)
  );
}

function summarize(document: SourceDocument, imported: boolean, programme: Map<string, string | null>): SourceSummary {
  return {
    imported,
    id: document.id,
    title: document.title,
    kind: document.kind,
    date: document.date,
    author: document.author,
    host: document.host,
    guests: document.guests,
    talks: document.talks.map((talk: Talk) => ({
      id: talk.id,
      title: talk.title,
      speakers: talk.speakers,
      blockCount: talk.blocks.length,
      ...(talk.programmeLink
        ? { programme: { link: talk.programmeLink, heldBy: programme.get(talk.id) ?? null } }
        : {}),
    })),
  };
}

/** A hash of the parsed model: it changes exactly when what the reader sees changes. */
export function corpusVersion(documents: SourceDocument[]): string {
  return createHash('sha256').update(JSON.stringify(documents)).digest('hex').slice(0, 16);
}

/** Builds the library from parsed documents; a document whose id is already taken is left out. */
export function buildLibrary(
  parsed: SourceDocument[],
  topicsFile: TopicsFile = { minimumMentions: 3, topics: [] },
  importedIds: ReadonlySet<string> = new Set(),
): { library: Library; duplicates: SourceDocument[] } {
  const byId = new Map<string, SourceDocument>();
  const duplicates: SourceDocument[] = [];
  for (const document of parsed) {
    if (byId.has(document.id)) duplicates.push(document);
    else byId.set(document.id, document);
  }
  const documents = [...byId.values()].sort(compareDocuments);
  const programme = matchProgramme(documents);
  const summary = (document: SourceDocument): SourceSummary =>
    summarize(document, importedIds.has(document.id), programme);
  const summits = new Map<number, SummitSummary>();
  const other: SourceSummary[] = [];
  for (const document of documents) {
    if (document.summitYear === null) {
      other.push(summary(document));
      continue;
    }
    const summit = summits.get(document.summitYear) ?? { year: document.summitYear, sources: [] };
    summit.sources.push(summary(document));
    summits.set(document.summitYear, summit);
  }
  // Which transcript parts discuss which talk: worked out per summit when first asked for.
  const segments = summitSegments(documents);
  const talks = new Map<string, { talk: Talk; document: SourceDocument }>();
  for (const document of documents) for (const talk of document.talks) talks.set(talk.id, { talk, document });

  const index: LibraryIndex = {
    corpusVersion: corpusVersion(documents),
    summits: [...summits.values()].sort((a, b) => a.year - b.year),
    other,
    speakers: everySpeaker(documents),
  };
  const library: Library = {
    index,
    documents,
    searchCorpus: {
      corpusVersion: index.corpusVersion,
      talks: documents.flatMap((document) =>
        document.talks.map((talk) => ({
          talkId: talk.id,
          title: talk.title,
          speakers: talk.speakers,
          summitYear: document.summitYear,
          sourceKind: document.kind,
          sourceTitle: document.title,
          blocks: talk.blocks.map((block) => ({ id: block.id, text: block.text })),
        })),
      ),
    },
    topics: buildTopics(
      topicsFile,
      documents.flatMap((document) =>
        // A programme entry is a pointer to a talk, not a talk of its own.
        document.talks
          .filter((talk) => !talk.programmeLink)
          .map((talk) => ({
            talkId: talk.id,
            title: talk.title,
            speakers: talk.speakers,
            summitYear: document.summitYear,
            text: talk.blocks.map((block) => block.text).join('\n'),
          })),
      ),
    ),
    talk(id) {
      const found = talks.get(id);
      if (!found) return null;
      const parts = found.document.kind === 'transcript' ? segments.parts(id) : [];
      const discussedIn = segments.discussions(id);
      return {
        talk: found.talk,
        source: summary(found.document),
        summitYear: found.document.summitYear,
        ...(parts.length > 0 ? { parts } : {}),
        ...(discussedIn.length > 0 ? { discussedIn } : {}),
      };
    },
    source(id) {
      const document = byId.get(id);
      if (!document) return null;
      const intro: Block[] = document.intro;
      return {
        source: summary(document),
        summitYear: document.summitYear,
        intro,
        links: document.links,
      };
    },
  };
  return { library, duplicates };
}

/**
 * Every speaker once, alphabetically. Sorted here rather than in the page: the page's first
 * locale-aware comparison loads collation data, one 20 ms task at start-up.
 */
function everySpeaker(documents: SourceDocument[]): string[] {
  const names = new Set(documents.flatMap((document) => document.talks.flatMap((talk) => talk.speakers)));
  return [...names].sort(new Intl.Collator('en').compare);
}

// The PEP facts main serves: the snapshot read once at start-up, cards for any numbers the page
// asks about, and the index of every PEP the library mentions with the passages that mention it.
// The index is computed here, not on the page, and kept until the corpus version changes. It also
// holds the talks that discussed a PEP before it had a number (an inferred link, kept apart from
// the mentions), since only main holds every PEP's authors and title.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceDocument } from '../../shared/model';
import type {
  PepCard,
  PepCards,
  PepEarlyPlace,
  PepFacts,
  PepIndex,
  PepMentionPlace,
  PepSnapshot,
  PythonRelease,
} from '../../shared/peps/pepFacts';
import {
  earlyDiscussionLabel,
  findEarlyDiscussions,
  prepareEarlyDiscussion,
  type EarlyDiscussionIndex,
} from '../../shared/peps/pepEarlyDiscussion';
import { findPepMentions } from '../../shared/peps/pepMentions';
import { pepTimeline } from '../../shared/peps/pepTimeline';
import { parsePepHeaders } from './pepHeaders';
import { parsePythonReleases } from './pythonReleases';

/** The snapshot's date and commit, as resources/peps/SOURCES.md records them. */
export const PEP_SNAPSHOT: PepSnapshot = { date: '2026-08-22', commit: 'ba4deeb7969588d937da609008d05bb83a47b1ab' };

const EXCERPT_CHARS = 240;

function excerpt(text: string, at: number): string {
  if (text.length <= EXCERPT_CHARS) return text;
  const start = Math.max(0, Math.min(at - EXCERPT_CHARS / 3, text.length - EXCERPT_CHARS));
  const cut = text.slice(Math.round(start), Math.round(start) + EXCERPT_CHARS).trim();
  return `${start > 0 ? '…' : ''}${cut}${start + EXCERPT_CHARS < text.length ? '…' : ''}`;
}

function byTime(a: PepMentionPlace, b: PepMentionPlace): number {
  return (a.summitYear ?? 9999) - (b.summitYear ?? 9999) || (a.date ?? '9999').localeCompare(b.date ?? '9999');
}

type Talk = SourceDocument['talks'][number];

/** A passage of a talk, as the index lists it. */
function placeOf(document: SourceDocument, talk: Talk, blockId: string, passage: string, at: number): PepMentionPlace {
  return {
    talkId: talk.id,
    talkTitle: talk.title,
    speakers: talk.speakers,
    summitYear: document.summitYear,
    sourceTitle: document.title,
    sourceKind: document.kind,
    date: document.date,
    blockId,
    excerpt: excerpt(passage, at),
  };
}

/** Every passage of the documents' talks that mentions each PEP, oldest summit first. */
export function pepMentionPlaces(documents: SourceDocument[]): Map<number, PepMentionPlace[]> {
  const places = new Map<number, PepMentionPlace[]>();
  for (const document of documents) {
    for (const talk of document.talks) {
      // A programme entry points at a talk; its write-up is what discusses the PEP.
      if (talk.programmeLink) continue;
      for (const block of talk.blocks) {
        // Code is quoted as it is; the reader shows no PEP controls in it, and neither does the index.
        if (block.type === 'code') continue;
        const seen = new Set<number>();
        for (const mention of findPepMentions(block.text)) {
          if (seen.has(mention.number)) continue;
          seen.add(mention.number);
          const list = places.get(mention.number) ?? [];
          list.push(placeOf(document, talk, block.id, block.text, mention.start));
          places.set(mention.number, list);
        }
      }
    }
  }
  for (const list of places.values()) list.sort(byTime);
  return places;
}

/** Where in a passage its evidence starts: the author's surname, or the passage's start. */
function evidenceAt(text: string, author: string): number {
  const surname = author.split(/\s+/).pop() ?? author;
  return Math.max(0, text.toLowerCase().indexOf(surname.toLowerCase()));
}

/** Every talk that discussed a PEP before it had a number, with its evidence, oldest summit first. */
export function pepEarlyPlaces(
  documents: SourceDocument[],
  prepared: EarlyDiscussionIndex,
): Map<number, PepEarlyPlace[]> {
  const places = new Map<number, PepEarlyPlace[]>();
  for (const document of documents) {
    for (const talk of document.talks) {
      if (talk.programmeLink) continue;
      const found = findEarlyDiscussions(
        {
          title: talk.title,
          speakers: talk.speakers,
          summitYear: document.summitYear,
          date: document.date,
          blocks: talk.blocks,
        },
        prepared,
      );
      for (const { pep, evidence } of found) {
        const passage = talk.blocks.find((candidate) => candidate.id === evidence.blockId)?.text ?? '';
        const list = places.get(pep) ?? [];
        list.push({
          ...placeOf(document, talk, evidence.blockId, passage, evidenceAt(passage, evidence.author)),
          evidence,
          label: earlyDiscussionLabel(pep, evidence),
        });
        places.set(pep, list);
      }
    }
  }
  for (const list of places.values()) list.sort(byTime);
  return places;
}

export class PepService {
  private prepared: EarlyDiscussionIndex | null = null;
  private cachedIndex: { corpusVersion: string; index: PepIndex } | null = null;

  constructor(
    private readonly peps: Map<number, PepFacts>,
    private readonly releases: Map<string, PythonRelease>,
    readonly snapshot: PepSnapshot = PEP_SNAPSHOT,
  ) {}

  /** Reads the snapshot's two files; a file that cannot be read leaves the cards saying so. */
  static async load(directory: string): Promise<{ service: PepService; problems: string[] }> {
    const problems: string[] = [];
    let peps = new Map<number, PepFacts>();
    let releases = new Map<string, PythonRelease>();
    try {
      const read = parsePepHeaders(await readFile(join(directory, 'pep-headers.txt'), 'utf8'));
      peps = read.peps;
      problems.push(...read.problems);
    } catch (error) {
      problems.push(`pep-headers.txt could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
    try {
      releases = parsePythonReleases(
        await readFile(join(directory, 'python-releases.toml'), 'utf8'),
        PEP_SNAPSHOT.date,
      );
    } catch (error) {
      problems.push(
        `python-releases.toml could not be read (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    return { service: new PepService(peps, releases), problems };
  }

  card(number: number): PepCard {
    const facts = this.peps.get(number) ?? null;
    const releases = (facts?.pythonVersions ?? []).map(
      (version) => this.releases.get(version) ?? { version, firstRelease: null, released: false },
    );
    return { number, facts, releases };
  }

  cards(numbers: number[]): PepCards {
    return { snapshot: this.snapshot, peps: [...new Set(numbers)].map((number) => this.card(number)) };
  }

  /** Every PEP the documents mention, lowest number first, each with its passages and timeline. */
  index(corpusVersion: string, documents: SourceDocument[]): PepIndex {
    if (this.cachedIndex?.corpusVersion === corpusVersion) return this.cachedIndex.index;
    const places = pepMentionPlaces(documents);
    this.prepared ??= prepareEarlyDiscussion(this.peps.values());
    const early = pepEarlyPlaces(documents, this.prepared);
    const entries = [...new Set([...places.keys(), ...early.keys()])]
      .sort((a, b) => a - b)
      .map((number) => {
        const card = this.card(number);
        const mentions = places.get(number) ?? [];
        const earlier = early.get(number) ?? [];
        const timeline = pepTimeline(
          card,
          mentions.map((place) => place.summitYear),
          this.snapshot,
          earlier.map((place) => place.summitYear),
        );
        return { ...card, mentions, earlier, timeline };
      });
    const index = { snapshot: this.snapshot, entries };
    this.cachedIndex = { corpusVersion, index };
    return index;
  }
}

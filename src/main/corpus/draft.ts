// What a parser produces before ids are assigned, and the step that turns it into the shared model.

import type { Block, SourceDocument } from '../../shared/model';
import { blockId, documentId, talkIds } from './ids';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
export type DraftBlock = WithoutId<Block>;

export interface DraftTalk {
  title: string;
  speakers: string[];
  blocks: DraftBlock[];
  programmeLink?: string;
}

/** A source document as parsed: the shared model's fields, with blocks and talks not yet given ids. */
export interface DraftDocument extends Omit<SourceDocument, 'id' | 'intro' | 'talks'> {
  intro: DraftBlock[];
  talks: DraftTalk[];
}

function withIds(ownerId: string, blocks: DraftBlock[]): Block[] {
  return blocks.map((block, index) => ({ ...block, id: blockId(ownerId, index) }) as Block);
}

/** Assigns ids that depend only on the document's own title, date, kind and talk titles. */
export function finalizeDocument(draft: DraftDocument): SourceDocument {
  const id = documentId(draft.title, draft.date, draft.kind);
  const ids = talkIds(
    id,
    draft.talks.map((talk) => talk.title),
  );
  return {
    id,
    title: draft.title,
    ...(draft.url ? { url: draft.url } : {}),
    kind: draft.kind,
    summitYear: draft.summitYear,
    date: draft.date,
    author: draft.author,
    host: draft.host,
    guests: draft.guests,
    intro: withIds(`${id}--intro`, draft.intro),
    links: draft.links,
    talks: draft.talks.map((talk, index) => ({
      id: ids[index],
      title: talk.title,
      speakers: talk.speakers,
      blocks: withIds(ids[index], talk.blocks),
      ...(talk.programmeLink ? { programmeLink: talk.programmeLink } : {}),
    })),
  };
}

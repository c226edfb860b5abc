// The JSON shape the corpus command prints: the document model with every field in a fixed order.

import type { Block, SourceDocument } from '../../shared/model';

export interface CliBlock {
  id: string;
  type: Block['type'];
  text: string;
  start?: number;
  attribution?: string;
  sponsor?: boolean;
}

function cliBlock(block: Block): CliBlock {
  const base: CliBlock = { id: block.id, type: block.type, text: block.text };
  if (block.type === 'segment') return { ...base, start: block.start, sponsor: block.sponsor };
  if (block.type === 'quote' && block.attribution) return { ...base, attribution: block.attribution };
  return base;
}

export function toCliDocument(document: SourceDocument): object {
  return {
    id: document.id,
    title: document.title,
    kind: document.kind,
    summitYear: document.summitYear,
    date: document.date,
    author: document.author,
    host: document.host,
    guests: document.guests,
    intro: document.intro.map(cliBlock),
    links: document.links,
    talks: document.talks.map((talk) => ({
      id: talk.id,
      title: talk.title,
      speakers: talk.speakers,
      blocks: talk.blocks.map(cliBlock),
    })),
  };
}

// Formats a talk's citation with citation-js (ADR 0012): BibTeX, CSL-JSON and an APA reference.
// It runs in main, where Node loads citation-js as it is, rather than in the page: the page's CSP
// and bundle stay as they are, and the page gets plain strings back. Only CSL objects are passed
// in, never a string or address citation-js might try to fetch, so nothing leaves the machine.

import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { SourceDocument, TalkDetail } from '../../shared/model';
import {
  sourceCslItem,
  talkCslItem,
  type CitableTalk,
  type CitationFormats,
  type CslItem,
  type TalkCitations,
} from '../../shared/citations/talkCitation';

export function formatCitation(item: CslItem): CitationFormats {
  const cite = new Cite(item);
  return {
    key: item['citation-key'],
    bibtex: cite.format('bibtex').trim(),
    csl: JSON.stringify([item], null, 2),
    formatted: cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim(),
  };
}

export function citableTalk(detail: TalkDetail, document: SourceDocument): CitableTalk {
  return {
    talkId: detail.talk.id,
    title: detail.talk.title,
    speakers: detail.talk.speakers,
    summitYear: detail.summitYear,
    source: {
      id: document.id,
      title: document.title,
      kind: document.kind,
      date: document.date,
      ...(document.url ? { url: document.url } : {}),
      author: document.author,
      host: document.host,
    },
  };
}

export function citeTalk(detail: TalkDetail, document: SourceDocument): TalkCitations {
  const talk = citableTalk(detail, document);
  return { talk: formatCitation(talkCslItem(talk)), source: formatCitation(sourceCslItem(talk)) };
}

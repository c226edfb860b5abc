// Citations of bundled talks, made with citation-js and read back with citation-js.

import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { citationKey, cslName } from '../../shared/citations/talkCitation';
import type { SourceDocument, TalkDetail } from '../../shared/model';
import { citeTalk } from './citeTalk';

const document: SourceDocument = {
  id: 'psf-2023',
  title: 'The Python Language Summit 2023: Making the GIL optional',
  url: 'https://pyfound.blogspot.com/2023/05/the-python-language-summit-2023-making.html',
  kind: 'article',
  summitYear: 2023,
  date: '2023-05-29',
  author: 'Alex Waygood',
  host: null,
  guests: [],
  intro: [],
  links: [],
  talks: [
    {
      id: 'making-the-gil-optional',
      title: 'Making the Global Interpreter Lock optional',
      speakers: ['Sam Gross'],
      blocks: [],
    },
  ],
};

const detail: TalkDetail = {
  talk: document.talks[0],
  summitYear: 2023,
  source: { ...document, imported: false, talks: [] },
};

describe('citeTalk', () => {
  it('cites the talk as a speech at its summit, with the write-up’s address', () => {
    const { talk } = citeTalk(detail, document);
    const [item] = JSON.parse(talk.csl) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'speech',
      'event-title': 'Python Language Summit 2023',
      URL: document.url,
      author: [{ given: 'Sam', family: 'Gross' }],
    });
    expect(talk.key).toBe('Gross2023Making');
    expect(talk.formatted).toContain('Gross, S. (2023). Making the Global Interpreter Lock optional');
  });

  it('cites a write-up as a blog post and an episode as a broadcast', () => {
    expect(JSON.parse(citeTalk(detail, document).source.csl)[0].type).toBe('post-weblog');
    const episode = { ...document, kind: 'episode' as const, host: 'Michael Kennedy' };
    const [item] = JSON.parse(citeTalk(detail, episode).source.csl) as Record<string, unknown>[];
    expect(item).toMatchObject({ type: 'broadcast', author: [{ given: 'Michael', family: 'Kennedy' }] });
  });

  it('gives BibTeX and CSL-JSON that citation-js reads back as the same talk', () => {
    const { talk } = citeTalk(detail, document);
    const fromBibtex = new Cite(talk.bibtex).data[0];
    expect(fromBibtex).toMatchObject({
      'citation-key': 'Gross2023Making',
      title: 'Making the Global Interpreter Lock optional',
      author: [{ given: 'Sam', family: 'Gross' }],
      URL: document.url,
    });
    const fromCsl = new Cite(JSON.parse(talk.csl)).data[0];
    expect(fromCsl).toMatchObject({ type: 'speech', title: 'Making the Global Interpreter Lock optional' });
  });
});

describe('citation keys and names', () => {
  it('folds accents and skips small words', () => {
    expect(citationKey({ title: 'The state of free-threading', speakers: ['Łukasz Langa'], summitYear: 2025 })).toBe(
      'Langa2025State',
    );
    expect(citationKey({ title: 'Lightning talks', speakers: [], summitYear: null })).toBe('SummitndLightning');
    expect(cslName('Guido')).toEqual({ literal: 'Guido' });
  });
});

// A sample talk with a talk note, two highlights and an orphan: what a template is tried on
// before it is saved, so an error that shows only while rendering is caught then too.

import type { ExportInput } from './exportContext';

const talk = {
  talkId: 'sample--a-talk',
  title: 'A sample talk',
  speakers: ['Ann Lee', 'Bo Chen'],
  summitYear: 2025,
  source: { title: 'The Python Language Summit 2025', kind: 'article' as const, date: '2025-06-12' },
};

const citation = { talkTitle: talk.title, speakers: talk.speakers, summitYear: 2025, sourceTitle: talk.source.title };

function highlight(id: string, exact: string, orphan: boolean, position: number) {
  return {
    record: {
      id,
      talkId: talk.talkId,
      color: 'blue' as const,
      note: orphan ? '' : 'A note with **Markdown**.',
      tags: orphan ? [] : ['sample', 'two words'],
      selectors: {
        quote: { exact, prefix: '', suffix: '' },
        position: { blockId: `${talk.talkId}-b1`, blockOffset: 0, start: 0, end: exact.length },
      },
      citation,
      createdAt: Date.UTC(2025, 5, 20),
      updatedAt: Date.UTC(2025, 5, 21),
      deletedAt: null,
    },
    blockId: orphan ? null : `${talk.talkId}-b${position + 1}`,
    position,
    orphan,
  };
}

export function sampleExport(exportedAt: string, collection = false): ExportInput {
  const input = {
    talk,
    note: {
      talkId: talk.talkId,
      text: 'A note on the whole talk.',
      tags: ['sample'],
      citation,
      createdAt: Date.UTC(2025, 5, 20),
      updatedAt: Date.UTC(2025, 5, 22),
      deletedAt: null,
    },
    highlights: [
      highlight('sample-1', 'A highlighted passage.', false, 0),
      highlight('sample-2', 'Another passage,\nover two lines.', false, 3),
      highlight('sample-3', 'A passage no longer in the text.', true, Number.MAX_SAFE_INTEGER),
    ],
  };
  return {
    talks: collection ? [input, { ...input, talk: { ...talk, talkId: 'sample--another-talk' } }] : [input],
    options: { style: 'blockquote', exportedAt },
    ...(collection ? { collectionTitle: 'Sample notes' } : {}),
  };
}

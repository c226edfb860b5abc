import { describe, expect, it } from 'vitest';
import type { TalkNoteRecord } from '../annotations';
import { talkToMarkdown } from './exportTemplates';
import { escapeMarkdownText, type ExportTalk } from './markdownExport';
import { noteWithPepLinks, quoteWithPepLinks } from './pepLinks';

describe('quoteWithPepLinks', () => {
  it('links each mention, escaping the rest as the export does', () => {
    expect(quoteWithPepLinks('PEPs 683 and 684 (see *notes*)', escapeMarkdownText)).toBe(
      '[PEPs 683](https://peps.python.org/pep-0683/) and [684](https://peps.python.org/pep-0684/) \\(see \\*notes\\*\\)',
    );
    expect(quoteWithPepLinks('PEP-703.', escapeMarkdownText)).toBe('[PEP\\-703](https://peps.python.org/pep-0703/)\\.');
    expect(quoteWithPepLinks('no PEPs here', escapeMarkdownText)).toBe('no PEPs here');
  });
});

describe('noteWithPepLinks', () => {
  it('links mentions in prose and leaves code and links alone', () => {
    const note = [
      'Compare with pep 703.',
      'Already [PEP 684](https://peps.python.org/pep-0684/), `PEP 8` and https://example.org/pep-8',
      '```',
      'PEP 703 in code',
      '```',
      'By reference: [PEP 8][style]',
    ].join('\n');
    expect(noteWithPepLinks(note)).toBe(
      [
        'Compare with [pep 703](https://peps.python.org/pep-0703/).',
        'Already [PEP 684](https://peps.python.org/pep-0684/), `PEP 8` and https://example.org/pep-8',
        '```',
        'PEP 703 in code',
        '```',
        'By reference: [PEP 8][style]',
      ].join('\n'),
    );
  });
});

describe('in the export', () => {
  const talk: ExportTalk = {
    talkId: 'summit-2023--making-the-gil-optional',
    title: 'Making the Global Interpreter Lock optional',
    speakers: ['Sam Gross'],
    summitYear: 2023,
    source: { title: 'The Python Language Summit 2023', kind: 'article', date: '2023-05-29' },
  };
  const note: TalkNoteRecord = {
    talkId: talk.talkId,
    text: 'Became PEP 703.',
    tags: [],
    citation: { talkTitle: talk.title, speakers: talk.speakers, summitYear: 2023, sourceTitle: talk.source.title },
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
  };

  it('links the talk note’s mentions and carries the citation key only when asked', () => {
    const plain = talkToMarkdown(talk, note, [], { style: 'blockquote', exportedAt: 'now' });
    expect(plain).toContain('Became [PEP 703](https://peps.python.org/pep-0703/).');
    expect(plain).not.toContain('citation_key');
    const keyed = talkToMarkdown(talk, note, [], { style: 'blockquote', exportedAt: 'now', citationKey: true });
    expect(keyed).toContain('citation_key: "Gross2023Making"\n---');
  });
});

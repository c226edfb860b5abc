import { describe, expect, it } from 'vitest';
import { BUNDLED, parseBundled, talkTitled } from '../../../test/fixtures/bundledCorpus';
import { parseDocumentText } from './parseDocument';
import { splitFrontmatter, splitSpeakerHeading } from './markdownDocument';

describe('the 2025 lightning talks (Markdown with frontmatter)', () => {
  const document = parseBundled(BUNDLED.lightning2025);

  it('reads the metadata from the frontmatter', () => {
    expect(document).toMatchObject({
      title: 'The Python Language Summit 2025: Lightning Talks',
      kind: 'article',
      summitYear: 2025,
      date: '2025-06-12',
      author: 'Seth Michael Larson',
    });
  });

  it('makes each ## section a talk, with the speaker the opening names', () => {
    expect(document.talks.map((talk) => [talk.title, talk.speakers])).toEqual([
      ['In memoriam: Michael Foord', ['Larry Hastings']],
      ['Pluggable JITs', ['Martin DeMello']],
      ['Virtual Threads from Java', ['Mark Shannon']],
      ['Null Coalescing Operators “??”', ['Noah Kim']],
      ['Generative AI tooling vibe check', ['Gregory Smith']],
      ['Is “worse is better” still better?', ['Guido van Rossum']],
      ['Let’s benchmark memory as well', ['Pablo Galindo Salgado']],
      ['T-strings brain dump', ['Lysandros Nikolaou']],
    ]);
  });

  it('turns lists into list blocks and keeps link text without the Markdown', () => {
    const jits = talkTitled(document, 'Pluggable JITs');
    const list = jits.blocks.find((block) => block.type === 'list');
    expect(list).toMatchObject({ items: ['PyAPI_UnstableFunc()', 'PyEval_EvalFrameJIT()', 'User-defined opcodes'] });
    expect(jits.blocks[0].text).toContain('Martin works on the Cinder Just-in-Time compiler (JIT) at Meta');
    expect(jits.blocks.map((block) => block.text).join(' ')).not.toMatch(/\]\(|\\_/);
  });

  it('reads > lines as quotes', () => {
    const operators = talkTitled(document, 'Null Coalescing Operators “??”');
    expect(operators.blocks.filter((block) => block.type === 'quote').map((block) => block.text)).toContain(
      're.fullmatch(“pat”)?.span() == (0, 6)',
    );
  });
});

describe('the 2024 lightning talks', () => {
  const document = parseBundled(BUNDLED.lightning2024);

  it('takes the speaker from "Speaker: Title" headings, repairing the damaged name', () => {
    expect(document.talks.map((talk) => [talk.speakers[0], talk.title])).toEqual([
      ['Petr Viktorin', 'Unsupported build warning'],
      ['David Hewitt', 'Rust in Python: panic!'],
      ['Emily Morehouse', 'Formalizing the PEP prototype process'],
      ['Łukasz Langa', 'Python for iOS, finally'],
      ['Pablo Galindo Salgado', 'Making asserts cooler in 3.14'],
      ['Yury Selivanov', 'Efficient data sharing between subinterpreters'],
    ]);
  });

  it('keeps the text before the first talk as the introduction', () => {
    expect(document.intro).toHaveLength(1);
    expect(document.intro[0].text).toContain('Petr Viktorin, David Hewitt, Emily Morehouse, Łukasz Langa');
  });

  it('turns HTML image tables into captions, without the images', () => {
    const captions = document.talks.flatMap((talk) => talk.blocks.filter((block) => block.type === 'caption'));
    expect(captions.map((caption) => caption.text)).toContain(
      '"The platform is not supported, use at your own risk" (Photo credit: Hugo van Kemenade)',
    );
    expect(captions.map((caption) => caption.text)).toContain(
      'You\'ll have to imagine the iconic Pablo "✨ woooooow ✨" (Photo credit: Hugo van Kemenade)',
    );
    expect(captions.some((caption) => /<|img|\.jpg/.test(caption.text))).toBe(false);
  });

  it('repairs every run of wrongly decoded text', () => {
    const allText = JSON.stringify(document);
    expect(allText).not.toMatch(/[ﾅ「笨ｨ沍ｲ]/);
    expect(allText).toContain('replant a trie 🌲');
  });

  it('turns "-- Name" after a quotation into its attribution', () => {
    const warning = talkTitled(document, 'Unsupported build warning');
    expect(warning.blocks[1]).toMatchObject({ type: 'quote', text: '"... It works!"', attribution: 'Thomas Wouters' });
  });

  it('recognises tracebacks written as hard-wrapped paragraphs as code', () => {
    const asserts = talkTitled(document, 'Making asserts cooler in 3.14');
    const code = asserts.blocks.filter((block) => block.type === 'code');
    expect(code).toHaveLength(3);
    expect(code[1].text).toContain('AssertionError: assert ((1 + 1) + 11) == 2');
    expect(code[0].text).toContain('~~~^^^^^^');
  });
});

describe('Markdown in general', () => {
  it('reads a document without frontmatter, titled by its first heading', () => {
    const result = parseDocumentText(
      '# Notes from 2026\n\nA paragraph about the Language Summit 2026.\n\n## First talk\n\nJane Doe presented an idea.\n',
    );
    expect(result.ok && result.document).toMatchObject({
      title: 'Notes from 2026',
      summitYear: 2026,
      talks: [{ title: 'First talk', speakers: ['Jane Doe'] }],
    });
  });

  it('reads fenced code as one code block, keeping its lines', () => {
    const result = parseDocumentText(
      '---\ntitle: Code\n---\n\n## Talk\n\n```python\n# a comment, not a heading\ndef f():\n    return 1\n```\n',
    );
    const blocks = result.ok ? result.document.talks.flatMap((talk) => talk.blocks) : [];
    expect(blocks.filter((block) => block.type === 'code')).toEqual([
      expect.objectContaining({ type: 'code', text: '# a comment, not a heading\ndef f():\n    return 1' }),
    ]);
    expect(blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual(['Talk']);
  });

  it('reads a truncated frontmatter block without losing the body', () => {
    const result = parseDocumentText(
      "---\ntitle: 'Cut short'\nauthor: Someone\nThe body starts here.\n\n## A talk\n\nText.\n",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.title).toBe('Cut short');
    const text = result.document.talks.flatMap((talk) => talk.blocks.map((block) => block.text));
    expect(text).toEqual(['The body starts here.', 'A talk', 'Text.']);
  });

  it('splits frontmatter pairs and unquotes YAML strings', () => {
    expect(splitFrontmatter("---\ntitle: 'It''s here'\ndate: \"2024-01-02\"\n---\nbody").fields).toEqual({
      title: "It's here",
      date: '2024-01-02',
    });
  });

  it('takes a speaker from a heading only when the part before the colon is a name', () => {
    expect(splitSpeakerHeading('David Hewitt: Rust in Python: panic!')).toEqual({
      speakers: ['David Hewitt'],
      title: 'Rust in Python: panic!',
    });
    expect(splitSpeakerHeading('Mark Shannon and Eric Snow: Faster startup')).toEqual({
      speakers: ['Mark Shannon', 'Eric Snow'],
      title: 'Faster startup',
    });
    expect(splitSpeakerHeading('HPy: A possible solution?')).toBeNull();
    expect(splitSpeakerHeading('In memoriam: Michael Foord')).toBeNull();
    expect(splitSpeakerHeading('The C API: what next')).toBeNull();
  });

  it('takes speakers from "Title, with Speaker", "Title (Speaker)" and "Title — Speaker" headings', () => {
    expect(splitSpeakerHeading('Lazy imports, with Carl Meyer')).toEqual({
      speakers: ['Carl Meyer'],
      title: 'Lazy imports',
    });
    expect(splitSpeakerHeading('Python on mobile (Russell Keith-Magee)')).toEqual({
      speakers: ['Russell Keith-Magee'],
      title: 'Python on mobile',
    });
    expect(splitSpeakerHeading('Pattern matching — Brandt Bucher and Guido van Rossum')).toEqual({
      speakers: ['Brandt Bucher', 'Guido van Rossum'],
      title: 'Pattern matching',
    });
    expect(splitSpeakerHeading('Working with Free Threading')).toBeNull();
    expect(splitSpeakerHeading('Faster CPython (Python 3.11 and Beyond)')).toBeNull();
  });
});

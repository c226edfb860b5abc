import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from './htmlDocument';
import { parseDocumentText } from './parseDocument';

describe('an HTML page', () => {
  it('reads the article: headings, paragraphs, lists, code and loose text, and nothing else', () => {
    const markdown = htmlToMarkdown(
      [
        '<!doctype html><html><head><title>Page title</title><script>window.x=1</script></head><body>',
        '<nav><a href="/">Home</a></nav>',
        '<article><h1>The Python Language Summit 2030: Engines</h1>',
        '<p>Ada Lovelace <b>presented</b> an engine.<p>Unclosed paragraph',
        '<ul><li>one<li>two</ul><pre>x = 1\ny = 2</pre>',
        '<div>Loose text in a div, <em>emphasised</em>.</div><style>p{}</style>',
        '<p># not a heading</p></article><footer>Copyright</footer></body></html>',
      ].join(''),
    );
    expect(markdown.split('\n\n')).toEqual([
      '# The Python Language Summit 2030: Engines',
      'Ada Lovelace presented an engine.',
      'Unclosed paragraph',
      '- one',
      '- two',
      '```\nx = 1\ny = 2\n```',
      'Loose text in a div, emphasised.',
      '\\# not a heading',
    ]);
  });

  it('survives nesting far deeper than any stack, and finds the text', () => {
    const deep = `<!doctype html><html><body>${'<div>'.repeat(200_000)}Deep text${'</div>'.repeat(10)}</body></html>`;
    expect(() => htmlToMarkdown(deep)).not.toThrow();
    expect(htmlToMarkdown(deep)).toContain('Deep text');
  });

  it('reads a page with thousands of unclosed inline tags', () => {
    const page = `<!doctype html><html><body><article>${'<p>word <b>bold <i>it <a href=x>link '.repeat(20_000)}</article></body></html>`;
    const result = parseDocumentText(page);
    expect(result.ok).toBe(true);
  });
});

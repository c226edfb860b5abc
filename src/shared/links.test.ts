import { describe, expect, it } from 'vitest';
import { talkLink } from './export/markdownExport';
import { parseReaderLink } from './links';

describe('links into the app', () => {
  it('reads the links that exports write', () => {
    expect(parseReaderLink(talkLink('summit-2024--rust', 'summit-2024--rust-b8'))).toEqual({
      talkId: 'summit-2024--rust',
      blockId: 'summit-2024--rust-b8',
    });
    expect(parseReaderLink('summit-reader://talk/abc')).toEqual({ talkId: 'abc', blockId: null });
  });

  it.each([
    'https://example.com/talk/abc',
    'summit-reader://talk/../../etc',
    'summit-reader://talk/ABC',
    'summit-reader://talk/abc#<script>',
    'summit-reader://notes/abc',
    'summit-reader://talk/%E0%A4%A',
    'summit-reader://talk/abc?x=1',
  ])('refuses %s', (link) => {
    expect(parseReaderLink(link)).toBeNull();
  });
});

// A quote with its citation, as "Copy quote" puts it on the clipboard.

import type { TalkCitation } from '../../../shared/annotations';

export function quoteWithCitation(quote: string, citation: TalkCitation): string {
  const who = citation.speakers.length > 0 ? `${citation.speakers.join(', ')}, ` : '';
  const summit = citation.summitYear ? `Python Language Summit ${citation.summitYear}` : citation.sourceTitle;
  return `“${quote.trim()}”\n— ${who}“${citation.talkTitle}”, ${summit} (${citation.sourceTitle})`;
}

// Renders a note's Markdown safely: raw HTML is dropped, links open only https after the user
// confirms (in main), and images, scripts and frames never load. Loaded on demand through
// MarkdownPreview: the Markdown libraries are a fifth of the page's script.

import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { callMain } from '../ipc/client';
import { openReaderLinkInPage } from '../navigation/useReaderLinks';
import { PepButton } from './PepMention';
import { rehypePepMentions } from './rehypePepMentions';

function SafeLink({ href, children }: { href?: string; children?: React.ReactNode }): React.JSX.Element {
  if (typeof href === 'string' && href.startsWith('summit-reader://')) {
    return (
      <a
        href={href}
        onClick={(event) => {
          event.preventDefault();
          openReaderLinkInPage(href);
        }}
      >
        {children}
      </a>
    );
  }
  const isHttps = typeof href === 'string' && /^https:\/\//i.test(href);
  if (!isHttps) return <span className="inert-link">{children}</span>;
  return (
    <a
      href={href}
      title={href}
      onClick={(event) => {
        event.preventDefault();
        void callMain('openExternal', href);
      }}
    >
      {children}
    </a>
  );
}

/** The default sanitising schema, with links into the app allowed besides the web's. */
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), 'summit-reader'] },
};

const components: Components = {
  a: ({ href, children }) => <SafeLink href={href}>{children}</SafeLink>,
  // Remote images could track the reader; show what the image was instead.
  img: ({ alt }) => <span className="inert-image">[image{alt ? `: ${alt}` : ''}]</span>,
  // PEP mentions, marked by rehypePepMentions after sanitising: each opens the PEP's card.
  span: ({ children, ...props }) => {
    const pep = Number((props as Record<string, unknown>)['data-pep']);
    return Number.isInteger(pep) && pep >= 0 ? <PepButton pep={pep}>{children}</PepButton> : <span>{children}</span>;
  },
};

/** The default transform drops unknown schemes; links into the app are kept, everything else as it was. */
function keepReaderLinks(url: string): string {
  return url.startsWith('summit-reader://') ? url : defaultUrlTransform(url);
}

export default function MarkdownRenderer({ markdown }: { markdown: string }): React.JSX.Element {
  return (
    <div className="markdown-preview">
      <ReactMarkdown
        skipHtml
        rehypePlugins={[[rehypeSanitize, schema], rehypePepMentions]}
        components={components}
        urlTransform={keepReaderLinks}
      >
        {markdown}
      </ReactMarkdown>
    </div>
  );
}

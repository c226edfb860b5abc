// Renders a note's Markdown safely: raw HTML is dropped, links open only https after the user
// confirms (in main), and images, scripts and frames never load.

import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import { callMain } from '../ipc/client';

function SafeLink({ href, children }: { href?: string; children?: React.ReactNode }): React.JSX.Element {
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

const components: Components = {
  a: ({ href, children }) => <SafeLink href={href}>{children}</SafeLink>,
  // Remote images could track the reader; show what the image was instead.
  img: ({ alt }) => <span className="inert-image">[image{alt ? `: ${alt}` : ''}]</span>,
};

export function MarkdownPreview({ markdown }: { markdown: string }): React.JSX.Element {
  return (
    <div className="markdown-preview">
      <ReactMarkdown skipHtml rehypePlugins={[rehypeSanitize]} components={components}>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}

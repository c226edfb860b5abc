// A note's Markdown, rendered safely (MarkdownRenderer.tsx). The Markdown libraries are a fifth
// of the page's script and the first screens show no notes, so they load in their own chunk when
// a note is first shown. Until then the note's text holds its place unseen, so the raw Markdown
// never flashes; if the chunk cannot load, the text is shown as it is.

import { lazy, Suspense } from 'react';

type Renderer = (props: { markdown: string }) => React.JSX.Element;

/** The note as its text; `pending` keeps it unseen, holding its place while the renderer loads. */
function PlainText({ markdown, pending = false }: { markdown: string; pending?: boolean }): React.JSX.Element {
  return (
    <div
      className="markdown-preview markdown-plain"
      style={pending ? { visibility: 'hidden' } : undefined}
      aria-busy={pending || undefined}
    >
      {markdown}
    </div>
  );
}

/** The renderer, or the note's plain text when the chunk cannot load (a damaged install). */
export function rendererOrPlainText(load: () => Promise<{ default: Renderer }>): Promise<{ default: Renderer }> {
  return load().catch(() => ({ default: PlainText }));
}

const MarkdownRenderer = lazy(() => rendererOrPlainText(() => import('./MarkdownRenderer')));

export function MarkdownPreview({ markdown }: { markdown: string }): React.JSX.Element {
  return (
    <Suspense fallback={<PlainText markdown={markdown} pending />}>
      <MarkdownRenderer markdown={markdown} />
    </Suspense>
  );
}

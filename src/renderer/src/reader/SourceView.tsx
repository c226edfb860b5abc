// A source document's own page: who published it, its introduction, its talks and its links.

import type { ReactNode } from 'react';
import type { SourceLink, SourceSummary } from '../../../shared/model';
import { useMainQuery } from '../ipc/useMainQuery';
import { BlockList } from './BlockView';
import { formatDate, sourceKindLabel } from '../ui/labels';

interface SourceViewProps {
  sourceId: string;
  onOpenTalk: (talkId: string) => void;
  /** What the reader can do with a document they imported, supplied by the shell. */
  importedControls: (source: SourceSummary, summitYear: number | null) => ReactNode;
}

function LinkTarget({ link }: { link: SourceLink }): React.JSX.Element {
  // Only full https addresses become links; the rest are shown as the page printed them.
  if (/^https:\/\//i.test(link.target)) {
    return (
      <a href={link.target} target="_blank" rel="noreferrer noopener">
        {link.target}
      </a>
    );
  }
  return <span className="link-text">{link.target}</span>;
}

export function SourceView({ sourceId, onOpenTalk, importedControls }: SourceViewProps): React.JSX.Element {
  const state = useMainQuery('getSource', sourceId);
  if (state.status === 'loading') return <p className="status">Opening the source…</p>;
  if (state.status === 'error') {
    return (
      <p className="status error" role="alert">
        This source could not be opened: {state.message}
      </p>
    );
  }
  const { source, summitYear, intro, links } = state.value;
  const byline = [source.author && `by ${source.author}`, source.host && `hosted by ${source.host}`]
    .filter(Boolean)
    .join(', ');
  return (
    <article className="source" aria-labelledby="source-title">
      <header className="talk-header">
        <p className="talk-context">
          {sourceKindLabel(source.kind)} · {summitYear ? `Python Language Summit ${summitYear}` : 'Other'}
        </p>
        <h1 id="source-title">{source.title}</h1>
        <p className="talk-byline">
          {formatDate(source.date)}
          {byline && ` · ${byline}`}
        </p>
      </header>
      {source.imported && importedControls(source, summitYear)}
      <section aria-labelledby="source-talks-heading">
        <h2 id="source-talks-heading">Talks</h2>
        <ul className="source-talks">
          {source.talks.map((talk) => (
            <li key={talk.id}>
              <button type="button" className="link-button" onClick={() => onOpenTalk(talk.id)}>
                {talk.title}
              </button>
              {talk.speakers.length > 0 && <span className="talk-speakers"> — {talk.speakers.join(', ')}</span>}
            </li>
          ))}
        </ul>
      </section>
      {intro.length > 0 && (
        <section className="talk-body" aria-label="Introduction">
          <BlockList blocks={intro} />
        </section>
      )}
      {links.length > 0 && (
        <section aria-labelledby="source-links-heading">
          <h2 id="source-links-heading">Links</h2>
          <ul className="source-links">
            {links.map((link, index) => (
              <li key={index}>
                {link.group && <span className="link-group">{link.group}: </span>}
                {link.label}
                {link.target && (
                  <>
                    {' '}
                    — <LinkTarget link={link} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

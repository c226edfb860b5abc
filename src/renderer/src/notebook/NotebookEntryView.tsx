// One notebook entry: a highlight with its quote and note, or a talk note.

import { COLOR_DETAILS } from '../ui/highlightColors';
import { MarkdownPreview } from '../ui/MarkdownPreview';
import { VersionsBadge } from '../ui/VersionsBadge';
import type { NotebookEntry } from './notebookEntries';

interface NotebookEntryViewProps {
  entry: NotebookEntry;
  onOpen: (talkId: string, highlightId: string | null) => void;
  onDelete: (highlightId: string) => void;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text;
}

export function NotebookEntryView({ entry, onOpen, onDelete }: NotebookEntryViewProps): React.JSX.Element {
  if (entry.kind === 'note') {
    return (
      <article className="notebook-entry" data-kind="note">
        <p className="entry-label">Talk note{entry.orphan ? ' (talk no longer in the library)' : ''}</p>
        <MarkdownPreview markdown={entry.record.text} />
        <VersionsBadge record={entry.record} />
        {entry.record.tags.length > 0 && <p className="tags">{entry.record.tags.map((tag) => `#${tag}`).join(' ')}</p>}
      </article>
    );
  }
  const { record } = entry;
  return (
    <article className="notebook-entry" data-kind="highlight" data-highlight-id={record.id} data-orphan={entry.orphan}>
      <p className="entry-label">
        <span
          className="color-chip"
          style={{ backgroundColor: COLOR_DETAILS[record.color].swatch }}
          aria-hidden="true"
        />{' '}
        {COLOR_DETAILS[record.color].label}
        {entry.orphan && <strong className="orphan-badge"> · Orphaned: its passage is gone</strong>}
      </p>
      {entry.orphan ? (
        <blockquote>{record.selectors.quote.exact}</blockquote>
      ) : (
        <button
          type="button"
          className="quote-button"
          aria-label={`Open the passage “${shorten(record.selectors.quote.exact)}” in ${record.citation.talkTitle}`}
          onClick={() => onOpen(record.talkId, record.id)}
        >
          <blockquote>{record.selectors.quote.exact}</blockquote>
        </button>
      )}
      {record.note && <MarkdownPreview markdown={record.note} />}
      <VersionsBadge record={record} />
      {record.tags.length > 0 && <p className="tags">{record.tags.map((tag) => `#${tag}`).join(' ')}</p>}
      {entry.orphan && (
        <div className="editor-actions">
          <button type="button" onClick={() => onOpen(record.talkId, null)}>
            Open talk to re-attach
          </button>
          <button type="button" onClick={() => onDelete(record.id)}>
            Delete
          </button>
        </div>
      )}
    </article>
  );
}

// The notebook: every highlight and note in the library, grouped by summit and talk.

import { useMemo, useState } from 'react';
import { deleteHighlight, restoreHighlight } from '../storage/highlights';
import { useToast } from '../ui/ToastProvider';
import { NotebookEntryView } from './NotebookEntryView';
import { NotebookFiltersBar } from './NotebookFiltersBar';
import { allTags, groupEntries, NO_FILTERS, type NotebookFilters } from './notebookEntries';
import { useNotebookEntries } from './useNotebookEntries';

interface NotebookViewProps {
  onOpenTalk: (talkId: string, highlightId: string | null) => void;
}

export function NotebookView({ onOpenTalk }: NotebookViewProps): React.JSX.Element {
  const entries = useNotebookEntries();
  const [filters, setFilters] = useState<NotebookFilters>(NO_FILTERS);
  const toast = useToast();
  const groups = useMemo(() => (entries ? groupEntries(entries, filters) : []), [entries, filters]);
  const talks = useMemo(() => {
    const seen = new Map<string, string>();
    for (const entry of entries ?? []) seen.set(entry.record.talkId, entry.record.citation.talkTitle);
    return [...seen.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  }, [entries]);
  const years = useMemo(
    () =>
      [...new Set((entries ?? []).map((entry) => entry.record.citation.summitYear))].sort(
        (a, b) => (b ?? 0) - (a ?? 0),
      ),
    [entries],
  );

  const remove = (id: string): void => {
    void deleteHighlight(id).then(
      (deleted) =>
        deleted &&
        toast({ message: 'Highlight deleted.', action: { label: 'Undo', run: () => void restoreHighlight(id) } }),
    );
  };

  return (
    <section className="notebook" aria-labelledby="notebook-title">
      <h1 id="notebook-title">Notebook</h1>
      {entries === undefined ? (
        <p className="status">Gathering your notes…</p>
      ) : (
        <>
          <NotebookFiltersBar
            filters={filters}
            onChange={setFilters}
            years={years}
            talks={talks}
            tags={allTags(entries)}
          />
          {groups.length === 0 && (
            <p className="muted">
              {entries.length === 0
                ? 'No highlights or notes yet. Select text in a talk to start.'
                : 'Nothing matches these filters.'}
            </p>
          )}
          {groups.map((group) => (
            <section
              key={group.summitYear ?? 'none'}
              className="notebook-summit"
              aria-label={group.summitYear ? `Summit ${group.summitYear}` : 'No summit'}
            >
              <h2>{group.summitYear ? `Python Language Summit ${group.summitYear}` : 'Other'}</h2>
              {group.talks.map((talk) => (
                <section key={talk.talkId} className="notebook-talk" data-talk-id={talk.talkId}>
                  <h3>
                    <button type="button" className="link-button" onClick={() => onOpenTalk(talk.talkId, null)}>
                      {talk.talkTitle}
                    </button>
                    {talk.speakers.length > 0 && <span className="talk-speakers"> — {talk.speakers.join(', ')}</span>}
                  </h3>
                  <ul className="notebook-entries">
                    {talk.entries.map((entry) => (
                      <li key={`${entry.kind}:${entry.kind === 'highlight' ? entry.record.id : entry.record.talkId}`}>
                        <NotebookEntryView entry={entry} onOpen={onOpenTalk} onDelete={remove} />
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </section>
          ))}
        </>
      )}
    </section>
  );
}

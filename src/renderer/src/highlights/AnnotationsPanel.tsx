// The talk's annotations beside its text: the talk note, every highlight, and any orphans.

import { draftKeyForTalk, type HighlightRecord, type TalkNoteRecord } from '../../../shared/annotations';
import { ConflictChooser } from '../ui/ConflictChooser';
import { MarkdownPreview } from '../ui/MarkdownPreview';
import { VersionsBadge } from '../ui/VersionsBadge';
import { NoteEditor } from '../notes/NoteEditor';
import type { AnchoredHighlight } from '../anchoring/anchorAll';
import { COLOR_DETAILS } from '../ui/highlightColors';

interface AnnotationsPanelProps {
  talkId: string;
  note: TalkNoteRecord | null;
  editingNote: boolean;
  anchored: AnchoredHighlight[];
  orphans: HighlightRecord[];
  activeId: string | null;
  reattachingId: string | null;
  onEditNote: (editing: boolean) => void;
  /** Keeps one version of a talk note changed on two computers apart. */
  onPickNote: (text: string) => void;
  onSaveNote: (text: string, tags: string[]) => void;
  onActivate: (id: string) => void;
  onDelete: (id: string) => void;
  onReattach: (id: string | null) => void;
  /** A section above the annotations, such as the outline. */
  header?: React.ReactNode;
  /** More sections, such as related talks. */
  children?: React.ReactNode;
}

function HighlightEntry({
  record,
  active,
  onActivate,
}: {
  record: HighlightRecord;
  active: boolean;
  onActivate: () => void;
}): React.JSX.Element {
  return (
    <>
      <button
        type="button"
        className="annotation-entry"
        data-highlight-id={record.id}
        aria-current={active ? 'true' : undefined}
        onClick={onActivate}
        onFocus={onActivate}
      >
        <span
          className="color-chip"
          style={{ backgroundColor: COLOR_DETAILS[record.color].swatch }}
          aria-hidden="true"
        />
        <span className="visually-hidden">{COLOR_DETAILS[record.color].label} highlight: </span>
        <span className="entry-quote">“{record.selectors.quote.exact}”</span>
      </button>
      <VersionsBadge record={record} />
      {/* The note is rendered as the popover and notebook render it; links work, so it sits outside the button. */}
      {record.note && (
        <div className="entry-note" data-note-of={record.id}>
          <MarkdownPreview markdown={record.note} />
        </div>
      )}
    </>
  );
}

export function AnnotationsPanel(props: AnnotationsPanelProps): React.JSX.Element {
  const { note, anchored, orphans } = props;
  return (
    <aside className="annotations" aria-label="Annotations">
      {props.header}
      <section aria-labelledby="talk-note-heading">
        <h2 id="talk-note-heading">Talk note</h2>
        {props.editingNote ? (
          <NoteEditor
            draftKey={draftKeyForTalk(props.talkId)}
            label="Note on this talk"
            initialText={note?.text ?? ''}
            initialTags={note?.tags ?? []}
            onSave={props.onSaveNote}
            onCancel={() => props.onEditNote(false)}
          />
        ) : (
          <>
            {note ? <MarkdownPreview markdown={note.text} /> : <p className="muted">No note on this talk yet.</p>}
            {note && (
              <ConflictChooser
                what="talk note"
                shown={note.text}
                others={note.textConflicts ?? []}
                onKeep={props.onPickNote}
              />
            )}
            <button type="button" onClick={() => props.onEditNote(true)}>
              {note ? 'Edit talk note' : 'Add talk note'}
            </button>
          </>
        )}
      </section>
      <section aria-labelledby="highlights-heading">
        <h2 id="highlights-heading">Highlights ({anchored.length})</h2>
        {anchored.length === 0 && <p className="muted">Select text to highlight it.</p>}
        <ul className="annotation-list">
          {anchored.map(({ record }) => (
            <li key={record.id}>
              <HighlightEntry
                record={record}
                active={record.id === props.activeId}
                onActivate={() => props.onActivate(record.id)}
              />
            </li>
          ))}
        </ul>
      </section>
      {orphans.length > 0 && (
        <section aria-labelledby="orphans-heading" className="orphans">
          <h2 id="orphans-heading">Orphaned highlights ({orphans.length})</h2>
          <p className="muted">The text these pointed to has changed. Re-attach them to a passage, or delete them.</p>
          <ul className="annotation-list">
            {orphans.map((record) => (
              <li key={record.id} className="orphan-entry" data-highlight-id={record.id}>
                <span className="entry-quote">“{record.selectors.quote.exact}”</span>
                {record.note && <MarkdownPreview markdown={record.note} />}
                <div className="editor-actions">
                  {props.reattachingId === record.id ? (
                    <>
                      <span className="muted">Select the passage it belongs to.</span>
                      <button type="button" onClick={() => props.onReattach(null)}>
                        Cancel
                      </button>
                    </>
                  ) : (
                    <button type="button" onClick={() => props.onReattach(record.id)}>
                      Re-attach
                    </button>
                  )}
                  <button type="button" onClick={() => props.onDelete(record.id)}>
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.children}
    </aside>
  );
}

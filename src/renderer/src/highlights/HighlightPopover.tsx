// Opens on a clicked highlight: its note, and recolour, edit and delete. Where highlights overlap,
// it lists the others under the same spot so each stays reachable.

import {
  HIGHLIGHT_COLORS,
  draftKeyForHighlight,
  type HighlightColor,
  type HighlightRecord,
} from '../../../shared/annotations';
import { ConflictChooser } from '../ui/ConflictChooser';
import { MarkdownPreview } from '../ui/MarkdownPreview';
import { NoteEditor } from '../notes/NoteEditor';
import { COLOR_DETAILS } from '../ui/highlightColors';

interface HighlightPopoverProps {
  highlight: HighlightRecord;
  overlapping: HighlightRecord[];
  editing: boolean;
  position: { top: number; left: number };
  onSelect: (id: string) => void;
  onRecolor: (color: HighlightColor) => void;
  onEdit: () => void;
  onSaveNote: (text: string, tags: string[]) => void;
  /** Keeps one version of a note edited on two computers apart; the others are dropped. */
  onPickNote: (text: string) => void;
  onCancelEdit: () => void;
  onDelete: () => void;
  onClose: () => void;
}

export function HighlightPopover(props: HighlightPopoverProps): React.JSX.Element {
  const { highlight, editing } = props;
  return (
    <div
      className="highlight-popover"
      role="dialog"
      aria-label="Highlight"
      style={{ top: props.position.top, left: props.position.left }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !editing) props.onClose();
      }}
    >
      <blockquote className="popover-quote">{highlight.selectors.quote.exact}</blockquote>
      {editing ? (
        <NoteEditor
          draftKey={draftKeyForHighlight(highlight.id)}
          label="Note on this highlight"
          initialText={highlight.note}
          initialTags={highlight.tags}
          onSave={props.onSaveNote}
          onCancel={props.onCancelEdit}
        />
      ) : (
        <>
          {highlight.note ? <MarkdownPreview markdown={highlight.note} /> : <p className="muted">No note yet.</p>}
          <ConflictChooser
            what="note"
            shown={highlight.note}
            others={highlight.noteConflicts ?? []}
            onKeep={props.onPickNote}
          />
          {highlight.tags.length > 0 && (
            <p className="tags">
              {highlight.tags.map((tag) => (
                <span key={tag} className="tag">
                  #{tag}
                </span>
              ))}
            </p>
          )}
          <div className="color-row" role="group" aria-label="Colour">
            {HIGHLIGHT_COLORS.map((color) => (
              <button
                key={color}
                type="button"
                className="swatch"
                aria-label={COLOR_DETAILS[color].label}
                aria-pressed={highlight.color === color}
                style={{ backgroundColor: COLOR_DETAILS[color].swatch }}
                onClick={() => props.onRecolor(color)}
              />
            ))}
          </div>
          <div className="editor-actions">
            <button type="button" onClick={props.onEdit} autoFocus>
              {highlight.note ? 'Edit note' : 'Add note'}
            </button>
            <button type="button" onClick={props.onDelete}>
              Delete
            </button>
            <button type="button" onClick={props.onClose}>
              Close
            </button>
          </div>
          {props.overlapping.length > 0 && (
            <div className="overlapping">
              <p className="muted">Also here:</p>
              {props.overlapping.map((other) => (
                <button key={other.id} type="button" className="link-button" onClick={() => props.onSelect(other.id)}>
                  {COLOR_DETAILS[other.color].label}: “{other.selectors.quote.exact.slice(0, 60)}”
                </button>
              ))}
            </div>
          )}
        </>
      )}
    </div>
  );
}

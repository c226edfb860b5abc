// Writes a Markdown note with tags. Every keystroke is saved as a draft (useNoteDraft), so a
// half-written note survives a crash and is offered again next time.

import { useId, useState } from 'react';
import { MarkdownPreview } from '../ui/MarkdownPreview';
import { useNoteDraft } from './useNoteDraft';

interface NoteEditorProps {
  draftKey: string;
  label: string;
  initialText: string;
  initialTags: string[];
  onSave: (text: string, tags: string[]) => void;
  onCancel: () => void;
}

export function NoteEditor({
  draftKey,
  label,
  initialText,
  initialTags,
  onSave,
  onCancel,
}: NoteEditorProps): React.JSX.Element {
  const draft = useNoteDraft(draftKey, initialText, initialTags);
  const [preview, setPreview] = useState(false);
  const id = useId();

  const save = (): void => {
    const note = draft.finish();
    onSave(note.text, note.tags);
  };

  const cancel = (): void => {
    draft.discard();
    onCancel();
  };

  return (
    <form
      className="note-editor"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          save();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          cancel();
        }
      }}
    >
      {draft.restored && <p className="draft-notice">Restored your unsaved draft.</p>}
      <label htmlFor={`${id}-text`}>Note (Markdown)</label>
      {preview ? (
        <MarkdownPreview markdown={draft.text} />
      ) : (
        <textarea
          id={`${id}-text`}
          value={draft.text}
          rows={5}
          autoFocus
          onChange={(event) => draft.changeText(event.target.value)}
        />
      )}
      <label htmlFor={`${id}-tags`}>Tags (comma-separated)</label>
      <input id={`${id}-tags`} value={draft.tags} onChange={(event) => draft.changeTags(event.target.value)} />
      <div className="editor-actions">
        <button type="submit">Save note</button>
        <button type="button" onClick={() => setPreview((value) => !value)}>
          {preview ? 'Edit' : 'Preview'}
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

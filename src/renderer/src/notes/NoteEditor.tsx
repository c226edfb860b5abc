// Writes a Markdown note with tags. Every keystroke is saved as a draft, so a half-written note
// survives a crash and is offered again next time.

import { useEffect, useId, useRef, useState } from 'react';
import { parseTags } from '../../../shared/annotations';
import { discardDraft, readDraft, saveDraft } from '../storage/notes';
import { MarkdownPreview } from '../ui/MarkdownPreview';

interface NoteEditorProps {
  draftKey: string;
  label: string;
  initialText: string;
  initialTags: string[];
  onSave: (text: string, tags: string[]) => void;
  onCancel: () => void;
}

const DRAFT_DELAY_MS = 250;

export function NoteEditor({
  draftKey,
  label,
  initialText,
  initialTags,
  onSave,
  onCancel,
}: NoteEditorProps): React.JSX.Element {
  const [text, setText] = useState(initialText);
  const [tags, setTags] = useState(initialTags.join(', '));
  const [restored, setRestored] = useState(false);
  const [preview, setPreview] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const id = useId();

  useEffect(() => {
    let cancelled = false;
    void readDraft(draftKey).then((draft) => {
      if (cancelled || !draft) return;
      setText(draft.text);
      setTags(draft.tags.join(', '));
      setRestored(true);
    });
    return () => {
      cancelled = true;
      window.clearTimeout(timer.current);
    };
  }, [draftKey]);

  const scheduleDraft = (nextText: string, nextTags: string): void => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void saveDraft(draftKey, nextText, parseTags(nextTags)), DRAFT_DELAY_MS);
  };

  const save = (): void => {
    window.clearTimeout(timer.current);
    onSave(text, parseTags(tags));
  };

  const cancel = (): void => {
    window.clearTimeout(timer.current);
    void discardDraft(draftKey);
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
      {restored && <p className="draft-notice">Restored your unsaved draft.</p>}
      <label htmlFor={`${id}-text`}>Note (Markdown)</label>
      {preview ? (
        <MarkdownPreview markdown={text} />
      ) : (
        <textarea
          id={`${id}-text`}
          value={text}
          rows={5}
          autoFocus
          onChange={(event) => {
            setText(event.target.value);
            scheduleDraft(event.target.value, tags);
          }}
        />
      )}
      <label htmlFor={`${id}-tags`}>Tags (comma-separated)</label>
      <input
        id={`${id}-tags`}
        value={tags}
        onChange={(event) => {
          setTags(event.target.value);
          scheduleDraft(text, event.target.value);
        }}
      />
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

// Versions of a note written on two computers apart: the shown one and the others, each with a
// button to keep it. Nothing is resolved for the reader.

import { MarkdownPreview } from './MarkdownPreview';

export function ConflictChooser({
  what,
  shown,
  others,
  onKeep,
}: {
  /** "note", "talk note": what was changed on two computers. */
  what: string;
  shown: string;
  others: string[];
  onKeep: (text: string) => void;
}): React.JSX.Element | null {
  if (others.length === 0) return null;
  return (
    <section className="note-conflicts" aria-label={`Other versions of this ${what}`}>
      <p>This {what} was also changed on another computer. Which version do you keep?</p>
      <button type="button" onClick={() => onKeep(shown)}>
        Keep the one shown
      </button>
      {others.map((other) => (
        <div key={other} className="note-conflict">
          <MarkdownPreview markdown={other || '(empty)'} />
          <button type="button" onClick={() => onKeep(other)}>
            Keep this one
          </button>
        </div>
      ))}
    </section>
  );
}

// PEP mentions as controls: each "PEP 703" in a talk, transcript, note or imported document is a
// button that opens the PEP's card. The card itself belongs to the peps feature, which the shell
// mounts as the provider of `PepCardContext`; without one, mentions stay plain text.
//
// The button holds the mention's own characters and nothing else, so an element's text content is
// unchanged: highlights, which anchor on that text, read the same offsets with or without buttons.

import { createContext, useContext, useMemo } from 'react';
import { splitPepMentions } from '../../../shared/peps/pepMentions';

/** Opens the card of a PEP number. */
export const PepCardContext = createContext<((pep: number) => void) | null>(null);

export function PepButton({ pep, children }: { pep: number; children: React.ReactNode }): React.JSX.Element {
  const open = useContext(PepCardContext);
  if (!open) return <>{children}</>;
  return (
    <button
      type="button"
      className="pep-mention"
      data-pep={pep}
      aria-haspopup="dialog"
      title={`PEP ${pep}: what became of it`}
      onClick={(event) => {
        // The talk's own click handler (which finds highlights under the pointer) is not for this.
        event.stopPropagation();
        open(pep);
      }}
    >
      {children}
    </button>
  );
}

/** A run of plain text with each PEP mention as a control; text without mentions renders as it is. */
export function PepText({ text }: { text: string }): React.JSX.Element {
  const parts = useMemo(() => splitPepMentions(text), [text]);
  if (!parts.some((part) => part.pep !== null)) return <>{text}</>;
  return (
    <>
      {parts.map((part, index) =>
        part.pep === null ? (
          part.text
        ) : (
          <PepButton key={index} pep={part.pep}>
            {part.text}
          </PepButton>
        ),
      )}
    </>
  );
}

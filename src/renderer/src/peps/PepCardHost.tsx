// Provides PEP mentions with their card: the shell mounts this once, and any mention in a talk,
// transcript or note opens the card of its PEP in one dialog. Links within the card (replaces,
// superseded by) open the other PEP's card in its place. The card also lists the talks that
// discussed the PEP before it had a number, read from main's index; without the index the card
// still shows its facts, and the index says whether any talk mentions the PEP by number.

import { useCallback, useState } from 'react';
import type { PepEarlyPlace } from '../../../shared/peps/pepFacts';
import { useMainQuery } from '../ipc/useMainQuery';
import { Dialog } from '../ui/Dialog';
import { PepCardContext } from '../ui/PepMention';
import { PepCard } from './PepCard';
import { evidenceTerms } from './PepEarlierTalks';

/** Opens a talk at a passage, marking these words in it. */
type OpenPassage = (talkId: string, blockId: string, terms: string[]) => void;

function PepCardDialog({
  pep,
  onOpenPep,
  onShowMentions,
  onOpenEarlier,
  onClose,
}: {
  pep: number;
  onOpenPep: (pep: number) => void;
  onShowMentions: (pep: number) => void;
  onOpenEarlier: (place: PepEarlyPlace) => void;
  onClose: () => void;
}): React.JSX.Element {
  const state = useMainQuery('getPeps', [pep]);
  const index = useMainQuery('getPepIndex');
  const entry =
    index.status === 'ready' ? index.value.entries.find((candidate) => candidate.number === pep) : undefined;
  // A PEP the index does not list has no mention and no earlier talk.
  const mentions = index.status === 'ready' ? (entry?.mentions.length ?? 0) : null;
  return (
    <Dialog label={`PEP ${pep}`} onClose={onClose} className="pep-dialog" closeLabel="Close">
      {state.status === 'loading' && <p className="status">Looking up PEP {pep}…</p>}
      {state.status === 'error' && (
        <p className="status error" role="alert">
          PEP {pep} could not be looked up: {state.message}
        </p>
      )}
      {state.status === 'ready' && state.value.peps[0] && (
        <PepCard
          card={state.value.peps[0]}
          snapshot={state.value.snapshot}
          onOpenPep={onOpenPep}
          onShowMentions={onShowMentions}
          mentions={mentions}
          earlier={entry?.earlier ?? []}
          onOpenEarlier={onOpenEarlier}
        />
      )}
    </Dialog>
  );
}

export function PepCardHost({
  onShowMentions,
  onOpenPassage,
  children,
}: {
  /** Opens the PEPs view at this PEP, with every talk that mentions it. */
  onShowMentions: (pep: number) => void;
  onOpenPassage: OpenPassage;
  children: React.ReactNode;
}): React.JSX.Element {
  const [open, setOpen] = useState<number | null>(null);
  const openPep = useCallback((pep: number) => setOpen(pep), []);
  return (
    <PepCardContext.Provider value={openPep}>
      {children}
      {open !== null && (
        <PepCardDialog
          key={open}
          pep={open}
          onOpenPep={openPep}
          onShowMentions={(pep) => {
            setOpen(null);
            onShowMentions(pep);
          }}
          onOpenEarlier={(place) => {
            setOpen(null);
            onOpenPassage(place.talkId, place.blockId, evidenceTerms(place));
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </PepCardContext.Provider>
  );
}

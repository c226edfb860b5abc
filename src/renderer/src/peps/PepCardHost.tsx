// Provides PEP mentions with their card: the shell mounts this once, and any mention in a talk,
// transcript or note opens the card of its PEP in one dialog. Links within the card (replaces,
// superseded by) open the other PEP's card in its place.

import { useCallback, useState } from 'react';
import { useMainQuery } from '../ipc/useMainQuery';
import { Dialog } from '../ui/Dialog';
import { PepCardContext } from '../ui/PepMention';
import { PepCard } from './PepCard';

function PepCardDialog({
  pep,
  onOpenPep,
  onShowMentions,
  onClose,
}: {
  pep: number;
  onOpenPep: (pep: number) => void;
  onShowMentions: (pep: number) => void;
  onClose: () => void;
}): React.JSX.Element {
  const state = useMainQuery('getPeps', [pep]);
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
        />
      )}
    </Dialog>
  );
}

export function PepCardHost({
  onShowMentions,
  children,
}: {
  /** Opens the PEPs view at this PEP, with every talk that mentions it. */
  onShowMentions: (pep: number) => void;
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
          onClose={() => setOpen(null)}
        />
      )}
    </PepCardContext.Provider>
  );
}

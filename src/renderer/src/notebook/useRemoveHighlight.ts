// Deleting a highlight from the notebook, with an Undo offered for a few seconds.

import { useCallback } from 'react';
import { deleteHighlight, restoreHighlight } from '../storage/highlights';
import { useToast } from '../ui/ToastProvider';

export function useRemoveHighlight(): (id: string) => void {
  const toast = useToast();
  return useCallback(
    (id: string) =>
      void deleteHighlight(id).then(
        (deleted) =>
          deleted &&
          toast({ message: 'Highlight deleted.', action: { label: 'Undo', run: () => void restoreHighlight(id) } }),
      ),
    [toast],
  );
}

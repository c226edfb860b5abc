// Imports documents from the file dialog or from a drop on the window, and reports each outcome.
// Returns the command that opens the dialog, for the shell's Import button; the same command is
// provided to the keyboard, menu and palette.

import { useCallback, useEffect } from 'react';
import type { ImportOutcome } from '../../../shared/ipc/contract';
import { useCapabilities } from '../actions/useCapabilities';
import { useToast } from '../ui/ToastProvider';
import { importDropped, importFromDialog, outcomeMessage } from './importDocuments';

declare module '../actions/capabilities' {
  interface Capabilities {
    importDocuments: () => void;
  }
}

export function useDocumentImport(onLibraryChanged: () => void): () => void {
  const toast = useToast();
  const report = useCallback(
    (outcomes: ImportOutcome[]): void => {
      // One message for the whole import, so several files do not stack toasts over the text.
      if (outcomes.length > 0)
        toast({
          message: outcomes.map(outcomeMessage).join('\n'),
          durationMs: 6000 + 1500 * Math.min(outcomes.length, 4),
        });
      if (outcomes.some((outcome) => outcome.ok)) onLibraryChanged();
    },
    [toast, onLibraryChanged],
  );
  const importDocuments = useCallback(() => void importFromDialog().then(report), [report]);
  useCapabilities(() => ({ importDocuments }), [importDocuments], 'app');
  useEffect(() => {
    const onDragOver = (event: DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent): void => {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      void importDropped(files).then(report);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [report]);
  return importDocuments;
}

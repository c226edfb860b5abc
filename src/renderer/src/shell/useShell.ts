// The shell's state and effects: the library, the open view and dialog, reading settings, the
// commands the shell provides, sync, links from the system and reopening the last talk
// (useLastTalk.ts). App.tsx only renders what this returns.

import { useCallback, useEffect, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import type { ReaderLink } from '../../../shared/links';
import type { LibraryIndex } from '../../../shared/model';
import { markActionsReady } from '../actions/shortcutListener';
import { useCapabilities } from '../actions/useCapabilities';
import { useMenuActions } from '../actions/useMenuActions';
import { useDocumentImport } from '../import/useDocumentImport';
import type { QueryState } from '../ipc/useMainQuery';
import { talkOrder } from '../library/libraryView';
import { useLibraryIndex } from '../library/useLibraryIndex';
import { useReaderLinks } from '../navigation/useReaderLinks';
import type { View } from '../navigation/view';
import type { OpenTarget } from '../search/SearchResultList';
import { DEFAULT_SETTINGS, LIMITS, type ReaderSettings } from '../settings/readerSettings';
import { useReaderSettings } from '../settings/useReaderSettings';
import { syncService } from '../sync/syncService';
import { useLastTalk, type LastTalk } from './useLastTalk';

export type DialogName = 'search' | 'commands' | 'shortcuts' | 'settings' | 'exportAndBackUp' | null;

function useSync(): void {
  useEffect(() => {
    void syncService.start();
    return () => syncService.stop();
  }, []);
}

interface ShellCommandsInput {
  order: string[];
  currentTalk: string | null;
  setView: Dispatch<SetStateAction<View>>;
  setDialog: Dispatch<SetStateAction<DialogName>>;
  fontSize: number;
  update: (changes: Partial<ReaderSettings>) => void;
}

/** The commands the shell itself provides, in the app layer, beneath any open view's. */
function useShellCommands({ order, currentTalk, setView, setDialog, fontSize, update }: ShellCommandsInput): void {
  useCapabilities(
    () => {
      const stepTalk = (step: number) => (): void => {
        const index = currentTalk ? order.indexOf(currentTalk) : -1;
        const next = order[index + step];
        if (next) setView({ kind: 'talk', id: next, highlightId: null });
      };
      return {
        openNotebook: () => setView({ kind: 'notebook' }),
        openLibrary: () =>
          (
            document.querySelector<HTMLElement>('.library [aria-current="page"]') ??
            document.querySelector<HTMLElement>('.library-talk')
          )?.focus(),
        openSearch: () => setDialog('search'),
        openCommands: () => setDialog('commands'),
        openShortcuts: () => setDialog('shortcuts'),
        openSettings: () => setDialog('settings'),
        openExportAndBackUp: () => setDialog('exportAndBackUp'),
        changeFontSize: (step) =>
          update({
            fontSize:
              step === 'reset'
                ? DEFAULT_SETTINGS.fontSize
                : Math.min(LIMITS.fontSize.max, Math.max(LIMITS.fontSize.min, fontSize + step)),
          }),
        nextTalk: stepTalk(1),
        previousTalk: stepTalk(-1),
      };
    },
    [order, currentTalk, setView, setDialog, fontSize, update],
    'app',
  );
  useEffect(() => {
    // The shell's capabilities are provided from its first commit: from here on shortcuts work,
    // and any pressed before now run at once.
    markActionsReady();
    document.documentElement.dataset.appReady = 'true';
  }, []);
}

export interface Shell {
  library: QueryState<LibraryIndex>;
  view: View;
  /** Whether the talk read last is being reopened, was, or could not be read. */
  lastTalk: LastTalk;
  retryLastTalk: () => void;
  setView: Dispatch<SetStateAction<View>>;
  dialog: DialogName;
  setDialog: Dispatch<SetStateAction<DialogName>>;
  currentTalk: string | null;
  settings: ReaderSettings;
  updateSettings: (changes: Partial<ReaderSettings>) => void;
  libraryChanged: () => void;
  importDocuments: () => void;
  openResult: (target: OpenTarget) => void;
}

export function useShell(): Shell {
  const [revision, setRevision] = useState(0);
  const library = useLibraryIndex(revision);
  const [view, setView] = useState<View>(null);
  const [dialog, setDialog] = useState<DialogName>(null);
  const { settings, update } = useReaderSettings();
  const { lastTalk, retry: retryLastTalk } = useLastTalk(setView);
  useMenuActions();
  useSync();
  const order = useMemo(() => (library.status === 'ready' ? talkOrder(library.value) : []), [library]);
  const currentTalk = view?.kind === 'talk' ? view.id : null;
  useShellCommands({ order, currentTalk, setView, setDialog, fontSize: settings.fontSize, update });

  const libraryChanged = useCallback(() => setRevision((current) => current + 1), []);
  const importDocuments = useDocumentImport(libraryChanged);
  useReaderLinks(
    useCallback(
      (link: ReaderLink) =>
        setView({
          kind: 'talk',
          id: link.talkId,
          highlightId: null,
          search: link.blockId ? { blockId: link.blockId, terms: [] } : undefined,
        }),
      [],
    ),
  );
  const openResult = useCallback((target: OpenTarget): void => {
    setDialog(null);
    setView({
      kind: 'talk',
      id: target.talkId,
      highlightId: target.highlightId,
      search: target.blockId && !target.highlightId ? { blockId: target.blockId, terms: target.terms } : undefined,
    });
  }, []);
  return {
    library,
    view,
    lastTalk,
    retryLastTalk,
    setView,
    dialog,
    setDialog,
    currentTalk,
    settings,
    updateSettings: update,
    libraryChanged,
    importDocuments,
    openResult,
  };
}

// The reader's shell: the library on the left, the open view on the right, and the app's dialogs.

import { useCallback, useEffect, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { currentCapabilities } from '../actions/capabilities';
import { useCapabilities } from '../actions/useCapabilities';
import { CommandPalette } from '../actions/CommandPalette';
import { AutoBackup } from '../backup/AutoBackup';
import { ExportAndBackUpDialog } from './ExportAndBackUpDialog';
import { ShortcutsDialog } from '../actions/ShortcutsDialog';
import { markActionsReady } from '../actions/shortcutListener';
import { useMenuActions } from '../actions/useMenuActions';
import { LibrarySidebar } from '../library/LibrarySidebar';
import { MainView } from './MainView';
import { PepCardHost } from '../peps/PepCardHost';
import { ImportHandler } from '../import/ImportHandler';
import { useLibraryIndex } from '../library/useLibraryIndex';
import { useReaderLinks } from '../navigation/useReaderLinks';
import type { ReaderLink } from '../../../shared/links';
import { talkOrder } from '../library/libraryView';
import { SearchPalette } from '../search/SearchPalette';
import { SearchProvider } from '../search/SearchProvider';
import type { OpenTarget } from '../search/SearchResultList';
import { LIMITS, DEFAULT_SETTINGS } from '../settings/readerSettings';
import { SettingsDialog } from '../settings/SettingsDialog';
import { SyncSection } from '../sync/SyncSection';
import { syncService } from '../sync/syncService';
import { SyncStatusLine } from '../sync/SyncStatusLine';
import { useReaderSettings } from '../settings/useReaderSettings';
import { getSetting, LAST_TALK_KEY } from '../storage/settings';
import { ToastProvider } from '../ui/ToastProvider';
import type { View } from '../navigation/view';

type DialogName = 'search' | 'commands' | 'shortcuts' | 'settings' | 'exportAndBackUp' | null;

declare module '../actions/capabilities' {
  interface Capabilities {
    openNotebook: () => void;
    openLibrary: () => void;
    openSearch: () => void;
    openCommands: () => void;
    openShortcuts: () => void;
    openSettings: () => void;
    openExportAndBackUp: () => void;
    changeFontSize: (step: number | 'reset') => void;
    nextTalk: () => void;
    previousTalk: () => void;
  }
}

/**
 * Reopens the talk read last, unless something was opened first (a link from the system arrives
 * as the page starts, and must not be replaced by the last talk when that read ends later).
 */
function useLastTalk(setView: Dispatch<SetStateAction<View>>): void {
  useEffect(() => {
    let cancelled = false;
    void getSetting<string>(LAST_TALK_KEY).then((id) => {
      if (!cancelled && id) setView((current) => current ?? { kind: 'talk', id, highlightId: null });
      // Lets tests see that the last talk has been looked for.
      if (!cancelled) document.documentElement.dataset.lastTalkChecked = 'true';
    });
    return () => {
      cancelled = true;
    };
  }, [setView]);
}

export function App(): React.JSX.Element {
  const [revision, setRevision] = useState(0);
  const library = useLibraryIndex(revision);
  const [view, setView] = useState<View>(null);
  const [dialog, setDialog] = useState<DialogName>(null);
  const { settings, update } = useReaderSettings();
  useLastTalk(setView);
  useMenuActions();
  useEffect(() => {
    void syncService.start();
    return () => syncService.stop();
  }, []);

  const order = useMemo(() => (library.status === 'ready' ? talkOrder(library.value) : []), [library]);
  const currentTalk = view?.kind === 'talk' ? view.id : null;
  useCapabilities(() => {
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
              : Math.min(LIMITS.fontSize.max, Math.max(LIMITS.fontSize.min, settings.fontSize + step)),
        }),
      nextTalk: stepTalk(1),
      previousTalk: stepTalk(-1),
    };
  }, [order, currentTalk, settings.fontSize, update]);
  useEffect(() => {
    // The shell's capabilities are provided from its first commit: from here on shortcuts work,
    // and any pressed before now run at once.
    markActionsReady();
    document.documentElement.dataset.appReady = 'true';
  }, []);

  const libraryChanged = useCallback(() => setRevision((current) => current + 1), []);
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

  const openResult = (target: OpenTarget): void => {
    setDialog(null);
    setView({
      kind: 'talk',
      id: target.talkId,
      highlightId: target.highlightId,
      search: target.blockId && !target.highlightId ? { blockId: target.blockId, terms: target.terms } : undefined,
    });
  };
  const close = (): void => setDialog(null);
  return (
    <ToastProvider>
      <ImportHandler onLibraryChanged={libraryChanged} />
      <AutoBackup onLibraryChanged={libraryChanged} />
      <SearchProvider corpusVersion={library.status === 'ready' ? library.value.corpusVersion : null}>
        <div className="app">
          <LibrarySidebar
            state={library}
            view={view}
            onSelect={setView}
            onOpenSettings={() => setDialog('settings')}
            onOpenExportAndBackUp={() => setDialog('exportAndBackUp')}
            onImport={() => currentCapabilities().importDocuments?.()}
            footer={<SyncStatusLine />}
          />
          <PepCardHost onShowMentions={(pep) => setView({ kind: 'peps', pep })}>
            <MainView
              view={view}
              library={library}
              onNavigate={setView}
              onLibraryChanged={() => {
                libraryChanged();
                if (view?.kind === 'source') setView(null);
              }}
            />
          </PepCardHost>
        </div>
        {dialog === 'search' && <SearchPalette onClose={close} onOpen={openResult} />}
        {dialog === 'commands' && <CommandPalette onClose={close} />}
        {dialog === 'shortcuts' && <ShortcutsDialog onClose={close} />}
        {dialog === 'settings' && (
          <SettingsDialog settings={settings} onChange={update} onClose={close}>
            <SyncSection />
          </SettingsDialog>
        )}
        {dialog === 'exportAndBackUp' && (
          <ExportAndBackUpDialog
            currentTalkId={currentTalk}
            summitYears={library.status === 'ready' ? library.value.summits.map((summit) => summit.year) : []}
            onClose={close}
            onLibraryChanged={libraryChanged}
          />
        )}
      </SearchProvider>
    </ToastProvider>
  );
}

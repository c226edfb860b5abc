// The reader's shell: the library on the left, the open view on the right, and the app's dialogs.
// Its state and effects live in useShell; this only renders them.

import { CommandPalette } from '../actions/CommandPalette';
import { ShortcutsDialog } from '../actions/ShortcutsDialog';
import { AutoBackup } from '../backup/AutoBackup';
import { LibrarySidebar } from '../library/LibrarySidebar';
import { SearchPalette } from '../search/SearchPalette';
import { SearchProvider } from '../search/SearchProvider';
import { SettingsDialog } from '../settings/SettingsDialog';
import { SyncSection } from '../sync/SyncSection';
import { SyncStatusLine } from '../sync/SyncStatusLine';
import { ToastProvider } from '../ui/ToastProvider';
import { ExportAndBackUpDialog } from './ExportAndBackUpDialog';
import { MainView } from './MainView';
import { PepCardHost } from '../peps/PepCardHost';
import { useShell } from './useShell';

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

function Shell(): React.JSX.Element {
  const shell = useShell();
  const { library, view, setView, dialog, setDialog, settings, libraryChanged } = shell;
  const close = (): void => setDialog(null);
  return (
    <>
      <AutoBackup onLibraryChanged={libraryChanged} />
      <SearchProvider corpusVersion={library.status === 'ready' ? library.value.corpusVersion : null}>
        <div className="app">
          <LibrarySidebar
            state={library}
            view={view}
            onSelect={setView}
            onOpenSettings={() => setDialog('settings')}
            onOpenExportAndBackUp={() => setDialog('exportAndBackUp')}
            onImport={shell.importDocuments}
            footer={<SyncStatusLine />}
          />
          <PepCardHost
            onShowMentions={(pep) => setView({ kind: 'peps', pep })}
            onOpenPassage={(id, blockId, terms) =>
              setView({ kind: 'talk', id, highlightId: null, search: { blockId, terms } })
            }
          >
            <MainView
              view={view}
              library={library}
              lastTalk={shell.lastTalk}
              onRetryLastTalk={shell.retryLastTalk}
              onNavigate={setView}
              onLibraryChanged={() => {
                libraryChanged();
                if (view?.kind === 'source') setView(null);
              }}
            />
          </PepCardHost>
        </div>
        {dialog === 'search' && <SearchPalette onClose={close} onOpen={shell.openResult} />}
        {dialog === 'commands' && <CommandPalette onClose={close} />}
        {dialog === 'shortcuts' && <ShortcutsDialog onClose={close} />}
        {dialog === 'settings' && (
          <SettingsDialog settings={settings} onChange={shell.updateSettings} onClose={close}>
            <SyncSection />
          </SettingsDialog>
        )}
        {dialog === 'exportAndBackUp' && (
          <ExportAndBackUpDialog
            currentTalkId={shell.currentTalk}
            summitYears={library.status === 'ready' ? library.value.summits.map((summit) => summit.year) : []}
            onClose={close}
            onLibraryChanged={libraryChanged}
          />
        )}
      </SearchProvider>
    </>
  );
}

export function App(): React.JSX.Element {
  return (
    <ToastProvider>
      <Shell />
    </ToastProvider>
  );
}

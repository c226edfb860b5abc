// The reader's shell: the library on the left, the open talk, source or notebook on the right.

import { useEffect, useState } from 'react';
import { provideCapabilities } from './actions/capabilities';
import { useActionShortcuts } from './actions/useActionShortcuts';
import { LibrarySidebar } from './components/LibrarySidebar';
import { SourceView } from './components/SourceView';
import { StorageNotice } from './components/StorageNotice';
import { TalkView } from './components/TalkView';
import { Welcome } from './components/Welcome';
import { useMainQuery } from './hooks/useMainQuery';
import { NotebookView } from './notebook/NotebookView';
import { getSetting } from './storage/annotationsRepository';
import { db } from './storage/db';
import { SearchPalette } from './search/SearchPalette';
import { SearchProvider } from './search/SearchProvider';
import type { OpenTarget } from './search/SearchResultList';
import { ToastProvider } from './toasts/ToastProvider';

export type View =
  | { kind: 'talk'; id: string; highlightId: string | null; search?: { blockId: string; terms: string[] } }
  | { kind: 'source'; id: string }
  | { kind: 'notebook' }
  | null;

function useLastTalk(setView: (view: View) => void): void {
  useEffect(() => {
    let cancelled = false;
    void getSetting<string>(db(), 'lastTalkId').then((id) => {
      if (!cancelled && id) setView({ kind: 'talk', id, highlightId: null });
    });
    return () => {
      cancelled = true;
    };
  }, [setView]);
}

export function App(): React.JSX.Element {
  const library = useMainQuery('getLibrary');
  const [view, setView] = useState<View>(null);
  const [searching, setSearching] = useState(false);
  useLastTalk(setView);
  useActionShortcuts();
  useEffect(() => {
    const withdraw = provideCapabilities({
      openNotebook: () => setView({ kind: 'notebook' }),
      openLibrary: () => document.querySelector<HTMLElement>('.library button')?.focus(),
      openSearch: () => setSearching(true),
    });
    // From here on, shortcuts work: tests and diagnostics can wait for this.
    document.documentElement.dataset.appReady = 'true';
    return withdraw;
  }, []);
  const openTalk = (id: string, highlightId: string | null = null): void => setView({ kind: 'talk', id, highlightId });
  const openResult = (target: OpenTarget): void => {
    setSearching(false);
    setView({
      kind: 'talk',
      id: target.talkId,
      highlightId: target.highlightId,
      search: target.blockId && !target.highlightId ? { blockId: target.blockId, terms: target.terms } : undefined,
    });
  };
  return (
    <ToastProvider>
      <SearchProvider>
        <div className="app">
          <LibrarySidebar state={library} view={view} onSelect={setView} />
          <main className="reader" id="reader">
            <StorageNotice />
            {view?.kind === 'talk' && (
              <TalkView
                key={`${view.id}:${view.highlightId ?? ''}:${view.search?.blockId ?? ''}`}
                talkId={view.id}
                focusHighlightId={view.highlightId}
                searchTarget={view.search ?? null}
                onOpenSource={(id) => setView({ kind: 'source', id })}
                onOpenTalk={(id) => openTalk(id)}
              />
            )}
            {view?.kind === 'source' && (
              <SourceView key={view.id} sourceId={view.id} onOpenTalk={(id) => openTalk(id)} />
            )}
            {view?.kind === 'notebook' && <NotebookView onOpenTalk={openTalk} />}
            {view === null && <Welcome state={library} />}
          </main>
        </div>
        {searching && <SearchPalette onClose={() => setSearching(false)} onOpen={openResult} />}
      </SearchProvider>
    </ToastProvider>
  );
}

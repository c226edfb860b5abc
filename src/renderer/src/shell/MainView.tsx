// The right-hand side of the window: whichever view is open.

import { useLayoutEffect, useRef } from 'react';
import type { LibraryIndex } from '../../../shared/model';
import type { View } from '../navigation/view';
import type { QueryState } from '../ipc/useMainQuery';
import { PeopleView } from '../people/PeopleView';
import { TopicsView } from '../topics/TopicsView';
import { PepsView } from '../peps/PepsView';
import { NotebookView } from '../notebook/NotebookView';
import { ImportedDocumentControls } from '../import/ImportedDocumentControls';
import { SourceView } from '../reader/SourceView';
import { StorageNotice } from './StorageNotice';
import { AnnotationsReadNotice } from './AnnotationsReadNotice';
import { TalkView } from '../reader/TalkView';
import { LastTalkNotice } from './LastTalkNotice';
import type { LastTalk } from './useLastTalk';
import { Welcome } from './Welcome';

interface MainViewProps {
  view: View;
  library: QueryState<LibraryIndex>;
  /** Whether the talk read last is still being reopened, or could not be read. */
  lastTalk: LastTalk;
  onRetryLastTalk: () => void;
  onNavigate: (view: View) => void;
  onLibraryChanged: () => void;
}

/** Which page is open: scrolling starts again at the top whenever it changes. */
function pageKey(view: View): string {
  if (view === null) return 'welcome';
  return 'id' in view ? `${view.kind}:${view.id}` : view.kind;
}

export function MainView({
  view,
  library,
  lastTalk,
  onRetryLastTalk,
  onNavigate,
  onLibraryChanged,
}: MainViewProps): React.JSX.Element {
  const reader = useRef<HTMLElement>(null);
  const page = pageKey(view);
  const shownPage = useRef(page);
  // Every view opens at its top; a talk then restores the reader's own place once it has loaded.
  // The first page is already there: scrolling would only force the window's first layout early,
  // inside the start-up task.
  useLayoutEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    reader.current?.scrollTo({ top: 0 });
  }, [page]);
  const openTalk = (id: string, highlightId: string | null = null): void =>
    onNavigate({ kind: 'talk', id, highlightId });
  const openSource = (id: string): void => onNavigate({ kind: 'source', id });
  return (
    <main className="reader" id="reader" ref={reader}>
      <StorageNotice />
      <AnnotationsReadNotice />
      {view?.kind === 'talk' && (
        <TalkView
          key={`${view.id}:${view.highlightId ?? ''}:${view.search?.blockId ?? ''}`}
          talkId={view.id}
          focusHighlightId={view.highlightId}
          searchTarget={view.search ?? null}
          onOpenSource={openSource}
          onOpenTalk={(id) => openTalk(id)}
        />
      )}
      {view?.kind === 'source' && (
        <SourceView
          key={`${view.id}:${library.status === 'ready' ? library.value.corpusVersion : ''}`}
          sourceId={view.id}
          onOpenTalk={(id) => openTalk(id)}
          importedControls={(source, summitYear) => (
            <ImportedDocumentControls source={source} summitYear={summitYear} onChanged={onLibraryChanged} />
          )}
        />
      )}
      {view?.kind === 'notebook' && <NotebookView onOpenTalk={openTalk} />}
      {view?.kind === 'people' && library.status === 'ready' && (
        <PeopleView library={library.value} onOpenTalk={(id) => openTalk(id)} onOpenSource={openSource} />
      )}
      {view?.kind === 'topics' && <TopicsView onOpenTalk={(id) => openTalk(id)} />}
      {view?.kind === 'peps' && (
        <PepsView
          focusPep={view.pep ?? null}
          onOpenPassage={(id, blockId, terms) =>
            onNavigate({ kind: 'talk', id, highlightId: null, search: { blockId, terms } })
          }
        />
      )}
      {view === null &&
        (lastTalk.status === 'looking' || lastTalk.status === 'failed' ? (
          <LastTalkNotice lastTalk={lastTalk} onRetry={onRetryLastTalk} />
        ) : (
          <Welcome state={library} />
        ))}
    </main>
  );
}

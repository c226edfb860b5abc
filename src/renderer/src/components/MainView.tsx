// The right-hand side of the window: whichever view is open.

import type { LibraryIndex } from '../../../shared/model';
import type { View } from '../App';
import type { QueryState } from '../hooks/useMainQuery';
import { PeopleView } from '../library/PeopleView';
import { TopicsView } from '../library/TopicsView';
import { NotebookView } from '../notebook/NotebookView';
import { SourceView } from './SourceView';
import { StorageNotice } from './StorageNotice';
import { TalkView } from './TalkView';
import { Welcome } from './Welcome';

interface MainViewProps {
  view: View;
  library: QueryState<LibraryIndex>;
  onNavigate: (view: View) => void;
  onLibraryChanged: () => void;
}

export function MainView({ view, library, onNavigate, onLibraryChanged }: MainViewProps): React.JSX.Element {
  const openTalk = (id: string, highlightId: string | null = null): void =>
    onNavigate({ kind: 'talk', id, highlightId });
  const openSource = (id: string): void => onNavigate({ kind: 'source', id });
  return (
    <main className="reader" id="reader">
      <StorageNotice />
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
          onLibraryChanged={onLibraryChanged}
        />
      )}
      {view?.kind === 'notebook' && <NotebookView onOpenTalk={openTalk} />}
      {view?.kind === 'people' && library.status === 'ready' && (
        <PeopleView library={library.value} onOpenTalk={(id) => openTalk(id)} onOpenSource={openSource} />
      )}
      {view?.kind === 'topics' && <TopicsView onOpenTalk={(id) => openTalk(id)} />}
      {view === null && <Welcome state={library} />}
    </main>
  );
}

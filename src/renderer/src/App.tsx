// The reader's shell: the library on the left, the open talk or source on the right.

import { useState } from 'react';
import { LibrarySidebar } from './components/LibrarySidebar';
import { SourceView } from './components/SourceView';
import { TalkView } from './components/TalkView';
import { Welcome } from './components/Welcome';
import { useMainQuery } from './hooks/useMainQuery';

export type Selection = { kind: 'talk'; id: string } | { kind: 'source'; id: string } | null;

export function App(): React.JSX.Element {
  const library = useMainQuery('getLibrary');
  const [selection, setSelection] = useState<Selection>(null);
  return (
    <div className="app">
      <LibrarySidebar state={library} selection={selection} onSelect={setSelection} />
      <main className="reader" id="reader">
        {selection?.kind === 'talk' && (
          <TalkView
            key={selection.id}
            talkId={selection.id}
            onOpenSource={(id) => setSelection({ kind: 'source', id })}
          />
        )}
        {selection?.kind === 'source' && (
          <SourceView
            key={selection.id}
            sourceId={selection.id}
            onOpenTalk={(id) => setSelection({ kind: 'talk', id })}
          />
        )}
        {selection === null && <Welcome state={library} />}
      </main>
    </div>
  );
}

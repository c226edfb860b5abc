// What the reader sees before opening a talk: what is in the library.

import type { LibraryIndex } from '../../../shared/model';
import type { QueryState } from '../ipc/useMainQuery';

export function Welcome({ state }: { state: QueryState<LibraryIndex> }): React.JSX.Element {
  const talkCount =
    state.status === 'ready'
      ? state.value.summits.reduce(
          (sum, summit) => sum + summit.sources.reduce((inner, source) => inner + source.talks.length, 0),
          0,
        )
      : 0;
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Summit Reader</h1>
      {state.status === 'ready' ? (
        <p>
          {talkCount} talks from {state.value.summits.length} Python Language Summits (
          {state.value.summits.map((summit) => summit.year).join(', ')}). Choose a talk in the library to start reading.
        </p>
      ) : (
        <p>The record of the Python Language Summit, to read, annotate and search.</p>
      )}
    </section>
  );
}

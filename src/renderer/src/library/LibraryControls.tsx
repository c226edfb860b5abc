// Sorting and filtering the library: summit order or recently read, by speaker, unread only.
// The speaker filter matches any part of a name and suggests every speaker once it has the focus:
// hundreds of names made into options at start-up cost a long first render and style pass.

import { useState } from 'react';
import type { LibraryOptions } from './libraryView';

const SPEAKER_LIST_ID = 'library-speakers';

interface LibraryControlsProps {
  options: LibraryOptions;
  speakers: string[];
  onChange: (options: LibraryOptions) => void;
}

export function LibraryControls({ options, speakers, onChange }: LibraryControlsProps): React.JSX.Element {
  const [suggesting, setSuggesting] = useState(false);
  return (
    <div className="library-controls" role="group" aria-label="Sort and filter the library">
      <label>
        Sort
        <select
          value={options.sort}
          onChange={(event) => onChange({ ...options, sort: event.target.value as LibraryOptions['sort'] })}
        >
          <option value="summit">Summit order</option>
          <option value="recent">Recently read</option>
        </select>
      </label>
      <label>
        Speaker
        <input
          type="search"
          list={suggesting ? SPEAKER_LIST_ID : undefined}
          placeholder="Everyone"
          value={options.speaker}
          onFocus={() => setSuggesting(true)}
          onChange={(event) => onChange({ ...options, speaker: event.target.value })}
        />
      </label>
      {suggesting && (
        <datalist id={SPEAKER_LIST_ID}>
          {speakers.map((speaker) => (
            <option key={speaker} value={speaker} />
          ))}
        </datalist>
      )}
      <label className="checkbox-label">
        <input
          type="checkbox"
          checked={options.unreadOnly}
          onChange={(event) => onChange({ ...options, unreadOnly: event.target.checked })}
        />{' '}
        Unread only
      </label>
    </div>
  );
}

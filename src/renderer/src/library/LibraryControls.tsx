// Sorting and filtering the library: summit order or recently read, one speaker, unread only.

import type { LibraryOptions } from './libraryView';

interface LibraryControlsProps {
  options: LibraryOptions;
  speakers: string[];
  onChange: (options: LibraryOptions) => void;
}

export function LibraryControls({ options, speakers, onChange }: LibraryControlsProps): React.JSX.Element {
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
        <select value={options.speaker} onChange={(event) => onChange({ ...options, speaker: event.target.value })}>
          <option value="all">Everyone</option>
          {speakers.map((speaker) => (
            <option key={speaker} value={speaker}>
              {speaker}
            </option>
          ))}
        </select>
      </label>
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

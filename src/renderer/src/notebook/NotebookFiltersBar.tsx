// The notebook's filters and sort order.

import { HIGHLIGHT_COLORS } from '../../../shared/annotations';
import { COLOR_DETAILS } from '../ui/highlightColors';
import type { NotebookFilters } from './notebookEntries';

interface NotebookFiltersBarProps {
  filters: NotebookFilters;
  onChange: (filters: NotebookFilters) => void;
  years: (number | null)[];
  talks: [string, string][];
  tags: string[];
}

export function NotebookFiltersBar({
  filters,
  onChange,
  years,
  talks,
  tags,
}: NotebookFiltersBarProps): React.JSX.Element {
  const set = (changes: Partial<NotebookFilters>): void => onChange({ ...filters, ...changes });
  return (
    <div className="notebook-filters" role="search" aria-label="Filter notes">
      <label>
        Text
        <input type="search" value={filters.text} onChange={(event) => set({ text: event.target.value })} />
      </label>
      <label>
        Summit
        <select
          value={String(filters.summitYear)}
          onChange={(event) => {
            const value = event.target.value;
            set({ summitYear: value === 'all' || value === 'none' ? value : Number(value) });
          }}
        >
          <option value="all">All summits</option>
          {years.map((year) => (
            <option key={year ?? 'none'} value={year ?? 'none'}>
              {year ?? 'Other'}
            </option>
          ))}
        </select>
      </label>
      <label>
        Talk
        <select value={filters.talkId} onChange={(event) => set({ talkId: event.target.value })}>
          <option value="all">All talks</option>
          {talks.map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Colour
        <select
          value={filters.color}
          onChange={(event) => set({ color: event.target.value as NotebookFilters['color'] })}
        >
          <option value="all">All colours</option>
          {HIGHLIGHT_COLORS.map((color) => (
            <option key={color} value={color}>
              {COLOR_DETAILS[color].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <select value={filters.tag} onChange={(event) => set({ tag: event.target.value })}>
          <option value="all">All tags</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              #{tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={filters.versionsWaiting}
          onChange={(event) => set({ versionsWaiting: event.target.checked })}
        />{' '}
        Only notes with two versions
      </label>
      <label>
        Sort by
        <select value={filters.sort} onChange={(event) => set({ sort: event.target.value as NotebookFilters['sort'] })}>
          <option value="position">Position in talk</option>
          <option value="created">Newest first</option>
          <option value="edited">Recently edited</option>
        </select>
      </label>
    </div>
  );
}

// The outline of a talk: its headings, or for a transcript its chapters by time, with the
// reader's current place marked.

import type { Block } from '../../../shared/model';
import { formatTimestamp } from '../ui/labels';

export interface OutlineEntry {
  blockId: string;
  label: string;
  level: number;
}

const CHAPTER_SECONDS = 10 * 60;

/** Headings become entries; transcripts get one chapter per ten minutes, named by their first words. */
export function outlineEntries(blocks: Block[]): OutlineEntry[] {
  const headings = blocks.flatMap((block) =>
    block.type === 'heading' ? [{ blockId: block.id, label: block.text, level: block.level }] : [],
  );
  if (headings.length > 0) return headings;
  const entries: OutlineEntry[] = [];
  let nextChapter = 0;
  for (const block of blocks) {
    if (block.type !== 'segment' || block.start < nextChapter) continue;
    const all = block.text.split(/\s+/);
    // The first words, cut at a word; the ellipsis only when words were cut, never after a full stop.
    const words = all
      .slice(0, 6)
      .join(' ')
      .replace(/[\s.,;:!?…–—-]+$/, '');
    const label = all.length > 6 ? `${words}…` : words;
    entries.push({ blockId: block.id, label: `${formatTimestamp(block.start)} — ${label}`, level: 2 });
    nextChapter = (Math.floor(block.start / CHAPTER_SECONDS) + 1) * CHAPTER_SECONDS;
  }
  return entries;
}

/** The entry the reader is in: the last one at or before the current block. */
export function currentEntry(entries: OutlineEntry[], blocks: Block[], currentBlockId: string | null): string | null {
  if (!currentBlockId) return null;
  const position = blocks.findIndex((block) => block.id === currentBlockId);
  let current: string | null = null;
  for (const entry of entries) {
    if (blocks.findIndex((block) => block.id === entry.blockId) <= position) current = entry.blockId;
  }
  return current;
}

interface TalkOutlineProps {
  entries: OutlineEntry[];
  current: string | null;
  onJump: (blockId: string) => void;
}

export function TalkOutline({ entries, current, onJump }: TalkOutlineProps): React.JSX.Element | null {
  if (entries.length === 0) return null;
  return (
    <nav className="outline" aria-label="Outline">
      <h2>Outline</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.blockId} className={`outline-level-${entry.level}`}>
            <button
              type="button"
              className="outline-entry"
              data-outline-target={entry.blockId}
              aria-current={entry.blockId === current ? 'location' : undefined}
              onClick={() => onJump(entry.blockId)}
            >
              {entry.label}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

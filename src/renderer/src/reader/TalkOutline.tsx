// The outline of a talk: its headings, or for a transcript the talks it discusses (and, between
// them, chapters by time), with the reader's current place marked.

import type { Block, TranscriptPart } from '../../../shared/model';
import { formatTimestamp } from '../ui/labels';

export interface OutlineEntry {
  blockId: string;
  label: string;
  level: number;
}

const CHAPTER_SECONDS = 10 * 60;

/** A chapter's name: its first words, cut at a word, with an ellipsis only when words were cut. */
function chapterLabel(block: Extract<Block, { type: 'segment' }>): string {
  const all = block.text.split(/\s+/);
  const words = all
    .slice(0, 6)
    .join(' ')
    .replace(/[\s.,;:!?…–—-]+$/, '');
  return `${formatTimestamp(block.start)} — ${all.length > 6 ? `${words}…` : words}`;
}

/**
 * Headings become entries. A transcript lists the parts that discuss the summit's talks, named by
 * talk; the stretches between them (or the whole, with no parts) get one chapter per ten minutes,
 * named by their first words.
 */
export function outlineEntries(blocks: Block[], parts: readonly TranscriptPart[] = []): OutlineEntry[] {
  const headings = blocks.flatMap((block) =>
    block.type === 'heading' ? [{ blockId: block.id, label: block.text, level: block.level }] : [],
  );
  if (headings.length > 0) return headings;
  const entries: OutlineEntry[] = [];
  const starts = new Map(parts.map((part) => [part.blockId, part]));
  let part: TranscriptPart | null = null;
  let nextChapter = 0;
  for (const block of blocks) {
    if (block.type !== 'segment') continue;
    const starting = starts.get(block.id);
    if (starting) {
      part = starting;
      entries.push({ blockId: block.id, label: `${formatTimestamp(starting.start)} — ${starting.title}`, level: 2 });
      continue;
    }
    if (part && block.start < part.end) continue;
    if (part) {
      // After a part, the next chapter starts with the first words after it.
      part = null;
      nextChapter = block.start;
    }
    if (block.start < nextChapter) continue;
    entries.push({ blockId: block.id, label: chapterLabel(block), level: 2 });
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

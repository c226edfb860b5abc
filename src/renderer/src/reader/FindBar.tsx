// Find in the open talk (Ctrl/Cmd+F): every match painted, the current one scrolled to, with a count.

import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { TalkText } from '../../../shared/anchoring/talkText';
import { rangesForOffsets } from '../anchoring/domText';
import { findMatches } from './findMatches';

interface FindBarProps {
  talkText: TalkText;
  bodyRef: RefObject<HTMLElement | null>;
  onClose: () => void;
}

function revealRange(range: Range | undefined): void {
  const element = range?.startContainer.parentElement;
  if (!element) return;
  // Matches inside a folded sponsor read unfold it.
  const folded = element.closest('details');
  if (folded && !folded.open) folded.open = true;
  element.scrollIntoView({ block: 'center' });
}

export function FindBar({ talkText, bodyRef, onClose }: FindBarProps): React.JSX.Element {
  const [needle, setNeedle] = useState('');
  const [current, setCurrent] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findMatches(talkText.text, needle), [talkText, needle]);
  const position = matches.length === 0 ? 0 : Math.min(current, matches.length - 1);

  useEffect(() => inputRef.current?.focus(), []);

  useEffect(() => {
    const root = bodyRef.current;
    if (!root) return;
    const all = new Highlight();
    const active = new Highlight();
    active.priority = 2;
    matches.forEach((match, index) => {
      for (const range of rangesForOffsets(root, talkText, match.start, match.end))
        (index === position ? active : all).add(range);
    });
    CSS.highlights.set('summit-find', all);
    CSS.highlights.set('summit-find-current', active);
    const target = matches[position];
    if (target) revealRange(rangesForOffsets(root, talkText, target.start, target.end)[0]);
    return () => {
      CSS.highlights.delete('summit-find');
      CSS.highlights.delete('summit-find-current');
    };
  }, [bodyRef, talkText, matches, position]);

  const step = (delta: number): void => {
    if (matches.length > 0) setCurrent((position + delta + matches.length) % matches.length);
  };

  return (
    <div className="find-bar" role="search" aria-label="Find in talk">
      <input
        ref={inputRef}
        type="search"
        aria-label="Find in talk"
        placeholder="Find in this talk"
        value={needle}
        onChange={(event) => {
          setNeedle(event.target.value);
          setCurrent(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <span className="find-count" role="status" aria-live="polite">
        {needle.trim() ? (matches.length > 0 ? `${position + 1} of ${matches.length}` : 'No matches') : ''}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={matches.length === 0} aria-label="Previous match">
        ↑
      </button>
      <button type="button" onClick={() => step(1)} disabled={matches.length === 0} aria-label="Next match">
        ↓
      </button>
      <button type="button" onClick={onClose} aria-label="Close find">
        ×
      </button>
    </div>
  );
}

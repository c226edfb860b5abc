// Anchors every highlight of a talk at once, separating those that found their passage from orphans.

import { anchorHighlight } from '../../../shared/anchoring/textAnchors';
import type { TalkText } from '../../../shared/anchoring/talkText';
import type { HighlightRecord } from '../../../shared/annotations';

export interface AnchoredHighlight {
  record: HighlightRecord;
  start: number;
  end: number;
}

export interface AnchoringOutcome {
  anchored: AnchoredHighlight[];
  orphans: HighlightRecord[];
}

export function anchorAll(talkText: TalkText | null, records: HighlightRecord[]): AnchoringOutcome {
  const anchored: AnchoredHighlight[] = [];
  const orphans: HighlightRecord[] = [];
  for (const record of records) {
    const result = anchorHighlight(talkText, record.selectors);
    if (result.status === 'anchored') anchored.push({ record, start: result.start, end: result.end });
    else orphans.push(record);
  }
  anchored.sort((a, b) => a.start - b.start || b.end - a.end);
  return { anchored, orphans };
}

/** The highlight a click at `offset` means: the innermost (shortest) one covering it. */
export function highlightAt(anchored: AnchoredHighlight[], offset: number): AnchoredHighlight[] {
  return anchored
    .filter((highlight) => highlight.start <= offset && offset < highlight.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}

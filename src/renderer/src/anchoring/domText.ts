// Maps between talk-text offsets (and position anchors) and DOM ranges. Each block renders one element marked
// [data-text-of="<block id>"] whose text content is exactly the block's text.

import type { TalkText } from '../../../shared/anchoring/talkText';
import { TextPositionAnchor } from '../../../shared/anchoring/textAnchors';

function textElement(root: ParentNode, blockId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-text-of="${CSS.escape(blockId)}"]`);
}

function textNodes(element: Node): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The text node and offset at a character offset within an element's text. */
function pointAt(element: HTMLElement, offset: number): { node: Text; offset: number } | null {
  const nodes = textNodes(element);
  let remaining = offset;
  for (const node of nodes) {
    if (remaining <= node.data.length) return { node, offset: remaining };
    remaining -= node.data.length;
  }
  const last = nodes.at(-1);
  return last ? { node: last, offset: last.data.length } : null;
}

/** One range per block the passage touches, so painting skips timestamps and other chrome. */
export function rangesForOffsets(root: ParentNode, talkText: TalkText, start: number, end: number): Range[] {
  const ranges: Range[] = [];
  for (const span of talkText.spans) {
    const from = Math.max(start, span.start);
    const to = Math.min(end, span.end);
    if (to <= from) continue;
    const element = textElement(root, span.blockId);
    if (!element) continue;
    const startPoint = pointAt(element, from - span.start);
    const endPoint = pointAt(element, to - span.start);
    if (!startPoint || !endPoint) continue;
    const range = document.createRange();
    range.setStart(startPoint.node, startPoint.offset);
    range.setEnd(endPoint.node, endPoint.offset);
    ranges.push(range);
  }
  return ranges;
}

function enclosingTextElement(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>('[data-text-of]') ?? null;
}

/** Offset within `element`'s text of a DOM point inside it. */
function offsetWithin(element: HTMLElement, container: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(element, 0);
  range.setEnd(container, offset);
  return range.toString().length;
}

/** Talk offset of a DOM point; points outside any block's text snap to the nearest block edge. */
export function offsetForPoint(
  root: HTMLElement,
  talkText: TalkText,
  container: Node,
  offset: number,
  edge: 'start' | 'end',
): number | null {
  const element = enclosingTextElement(container);
  if (element && root.contains(element)) {
    const span = talkText.spans.find((candidate) => candidate.blockId === element.dataset.textOf);
    if (!span) return null;
    return span.start + Math.min(offsetWithin(element, container, offset), span.end - span.start);
  }
  // The point is in chrome such as a timestamp: use the next block's start or the previous block's end.
  const point = document.createRange();
  point.setStart(container, offset);
  const elements = [...root.querySelectorAll<HTMLElement>('[data-text-of]')];
  if (edge === 'start') {
    const next = elements.find((candidate) => point.comparePoint(candidate, 0) >= 0);
    const span = next && talkText.spans.find((candidate) => candidate.blockId === next.dataset.textOf);
    return span ? span.start : null;
  }
  const previous = [...elements]
    .reverse()
    .find((candidate) => point.comparePoint(candidate, candidate.childNodes.length) <= 0);
  const span = previous && talkText.spans.find((candidate) => candidate.blockId === previous.dataset.textOf);
  return span ? span.end : null;
}

/** Talk offsets of a selection range inside `root`, or null when it holds no talk text. */
export function offsetsForRange(
  root: HTMLElement,
  talkText: TalkText,
  range: Range,
): { start: number; end: number } | null {
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = offsetForPoint(root, talkText, range.startContainer, range.startOffset, 'start');
  const end = offsetForPoint(root, talkText, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The passage a DOM range selects inside `root`, as a position anchor; null when it holds no talk text. */
export function positionForRange(root: HTMLElement, talkText: TalkText, range: Range): TextPositionAnchor | null {
  const offsets = offsetsForRange(root, talkText, range);
  return offsets && new TextPositionAnchor(talkText, offsets.start, offsets.end);
}

/** Talk offset under a screen point, as for a click. */
export function offsetAtScreenPoint(root: HTMLElement, talkText: TalkText, x: number, y: number): number | null {
  const caret = document.caretPositionFromPoint?.(x, y);
  if (!caret) return null;
  const element = enclosingTextElement(caret.offsetNode);
  if (!element || !root.contains(element)) return null;
  return offsetForPoint(root, talkText, caret.offsetNode, caret.offset, 'start');
}

// An open talk's state and effects: anchoring its highlights, the selection, the reading place,
// the highlight and talk-note commands, painting, the commands it provides to the keyboard and
// menu, remembering it as the last talk, and the popover placed at a click. TalkReader renders
// what this returns; no component of the reader calls storage.

import { useEffect, useMemo, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { buildTalkText, type TalkText } from '../../../shared/anchoring/talkText';
import type { TalkCitation } from '../../../shared/annotations';
import type { TalkDetail } from '../../../shared/model';
import { useCapabilities } from '../actions/useCapabilities';
import { anchorAll, highlightAt, type AnchoredHighlight, type AnchoringOutcome } from '../anchoring/anchorAll';
import { offsetAtScreenPoint, rangesForOffsets } from '../anchoring/domText';
import { readTalkSelection, useSelectionInTalk, type TalkSelection } from '../anchoring/useSelectionInTalk';
import { useHighlightCommands, type HighlightCommands } from '../highlights/useHighlightCommands';
import { useHighlightPainter } from '../highlights/useHighlightPainter';
import type { TalkAnnotations } from '../highlights/useTalkAnnotations';
import { useTalkNote, type TalkNoteCommands } from '../highlights/useTalkNote';
import { LAST_TALK_KEY, setSetting } from '../storage/settings';
import { outlineEntries, type OutlineEntry } from './TalkOutline';
import { useReadingPosition } from './useReadingPosition';
import { useSearchTarget } from './useSearchTarget';

export interface TalkReaderInput {
  detail: TalkDetail;
  annotations: Extract<TalkAnnotations, { status: 'ready' }>;
  focusHighlightId: string | null;
  searchTarget: { blockId: string; terms: string[] } | null;
}

function moveFocus(body: HTMLElement | null, step: 1 | -1): void {
  if (!body) return;
  const blocks = [...body.querySelectorAll<HTMLElement>('[data-block-id]')].filter(
    (element) => element.offsetParent !== null,
  );
  const current = blocks.findIndex((element) => element.contains(document.activeElement));
  const next = blocks[current < 0 ? (step === 1 ? 0 : blocks.length - 1) : current + step];
  next?.focus();
}

/** Opens a folded passage if need be, scrolls to a block and focuses it. */
function jumpTo(blockId: string): void {
  const element = document.getElementById(blockId);
  const folded = element?.closest('details');
  if (folded && !folded.open) folded.open = true;
  // A transcript part's mark sits just before its first block: it comes into view with it.
  const mark = element?.previousElementSibling?.classList.contains('transcript-part')
    ? element.previousElementSibling
    : element;
  mark?.scrollIntoView({ block: 'start' });
  element?.focus({ preventScroll: true });
}

/** Where the popover goes for a click: below the clicked line, within the reading column. */
function popoverPlace(event: React.MouseEvent, body: HTMLElement): { top: number; left: number } {
  // Below the clicked line, so the passage itself stays visible.
  const line = (event.target as HTMLElement).getBoundingClientRect();
  const below = Math.min(event.clientY + 18, line.bottom + 8);
  // The popover is up to about 320px tall: above the click when there is no room below.
  const top = below + 320 <= window.innerHeight ? below : Math.max(8, event.clientY - 330);
  // Within the reading column, so it never covers the side panel.
  const column = body.getBoundingClientRect();
  const width = Math.min(384, window.innerWidth * 0.9);
  const left = Math.max(Math.max(8, column.left), Math.min(event.clientX - 140, column.right - width));
  return { top, left };
}

type Setter<T> = Dispatch<SetStateAction<T>>;

/** What TalkReader renders: the talk, its anchored highlights, the open editors and the handlers. */
export interface TalkReaderState {
  talk: TalkDetail['talk'];
  talkText: TalkText;
  outline: OutlineEntry[];
  bodyRef: RefObject<HTMLDivElement | null>;
  selection: TalkSelection | null;
  reading: ReturnType<typeof useReadingPosition>;
  commands: HighlightCommands;
  talkNote: TalkNoteCommands;
  outcome: AnchoringOutcome;
  active: AnchoredHighlight | null;
  overlapping: AnchoredHighlight[];
  activeId: string | null;
  setActiveId: Setter<string | null>;
  editingId: string | null;
  setEditingId: Setter<string | null>;
  editingNote: boolean;
  setEditingNote: Setter<boolean>;
  reattachingId: string | null;
  setReattachingId: Setter<string | null>;
  popoverAt: { top: number; left: number } | null;
  setPopoverAt: Setter<{ top: number; left: number } | null>;
  findOpen: boolean;
  setFindOpen: Setter<boolean>;
  onBodyClick: (event: React.MouseEvent) => void;
  jumpTo: (blockId: string) => void;
}

export function useTalkReader({
  detail,
  annotations,
  focusHighlightId,
  searchTarget,
}: TalkReaderInput): TalkReaderState {
  const { talk, source, summitYear } = detail;
  const bodyRef = useRef<HTMLDivElement>(null);
  const talkText = useMemo(() => buildTalkText(talk.blocks), [talk.blocks]);
  const outline = useMemo(() => outlineEntries(talk.blocks, detail.parts), [talk.blocks, detail.parts]);
  const citation: TalkCitation = useMemo(
    () => ({ talkTitle: talk.title, speakers: talk.speakers, summitYear, sourceTitle: source.title }),
    [talk, summitYear, source.title],
  );
  const [activeId, setActiveId] = useState<string | null>(focusHighlightId);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [editingNote, setEditingNote] = useState(false);
  const [reattachingId, setReattachingId] = useState<string | null>(null);
  const [popoverAt, setPopoverAt] = useState<{ top: number; left: number } | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const outcome = useMemo(() => anchorAll(talkText, annotations.highlights), [talkText, annotations.highlights]);
  const selection = useSelectionInTalk(bodyRef, talkText);
  const reading = useReadingPosition(talk.id, talk.blocks, bodyRef, focusHighlightId !== null || searchTarget !== null);
  useSearchTarget(bodyRef, talkText, searchTarget);
  const commands = useHighlightCommands({
    talkId: talk.id,
    talkText,
    citation,
    bodyRef,
    highlights: annotations.highlights,
    activeId,
    setActiveId,
    setEditingId,
    reattachingId,
    setReattachingId,
  });
  useHighlightPainter(bodyRef, talkText, outcome.anchored, activeId, talk.blocks);

  useEffect(() => void setSetting(LAST_TALK_KEY, talk.id), [talk.id]);
  const talkNote = useTalkNote(talk.id, citation, annotations.note);

  // Opening a talk at a highlight (from the notebook or search) scrolls to it.
  useEffect(() => {
    const target = outcome.anchored.find((highlight) => highlight.record.id === focusHighlightId);
    const root = bodyRef.current;
    if (!target || !root) return;
    const [range] = rangesForOffsets(root, talkText, target.start, target.end);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }, [focusHighlightId, outcome.anchored, talkText]);

  useCapabilities(
    () => ({
      highlightSelection: (color) => void commands.highlightSelection(color),
      applyColor: commands.applyColor,
      addNote: () => void commands.addNote(),
      deleteActiveHighlight: activeId ? () => void commands.remove(activeId) : undefined,
      copyQuote: commands.copyQuote,
      nextBlock: () => moveFocus(bodyRef.current, 1),
      previousBlock: () => moveFocus(bodyRef.current, -1),
      toggleRead: reading.toggleRead,
      openFind: () => setFindOpen(true),
      canAddNote: () => activeId !== null || readTalkSelection(bodyRef.current, talkText) !== null,
      focusOutline: () =>
        (
          document.querySelector<HTMLElement>('.outline [aria-current="location"]') ??
          document.querySelector<HTMLElement>('.outline-entry')
        )?.focus(),
    }),
    [commands, activeId, reading.toggleRead, talkText],
  );

  const onBodyClick = (event: React.MouseEvent): void => {
    if (!window.getSelection()?.isCollapsed || !bodyRef.current) return;
    const offset = offsetAtScreenPoint(bodyRef.current, talkText, event.clientX, event.clientY);
    const hits = offset === null ? [] : highlightAt(outcome.anchored, offset);
    setActiveId(hits[0]?.record.id ?? null);
    setEditingId(null);
    setPopoverAt(hits.length > 0 ? popoverPlace(event, bodyRef.current) : null);
  };

  const active = outcome.anchored.find((highlight) => highlight.record.id === activeId) ?? null;
  const overlapping = active
    ? highlightAt(outcome.anchored, active.start).filter((other) => other.record.id !== active.record.id)
    : [];

  return {
    talk,
    talkText,
    outline,
    bodyRef,
    selection,
    reading,
    commands,
    talkNote,
    outcome,
    active,
    overlapping,
    activeId,
    setActiveId,
    editingId,
    setEditingId,
    editingNote,
    setEditingNote,
    reattachingId,
    setReattachingId,
    popoverAt,
    setPopoverAt,
    findOpen,
    setFindOpen,
    onBodyClick,
    jumpTo,
  };
}

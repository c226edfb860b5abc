// An open talk with its annotations: selection toolbar, painted highlights, popover and panel.

import { useEffect, useMemo, useRef, useState } from 'react';
import { buildTalkText } from '../../../shared/anchoring/talkText';
import type { TalkCitation } from '../../../shared/annotations';
import type { TalkDetail } from '../../../shared/model';
import { useCapabilities } from '../actions/useCapabilities';
import { anchorAll, highlightAt } from '../anchoring/anchorAll';
import { AnnotationsPanel } from '../highlights/AnnotationsPanel';
import { offsetAtScreenPoint, rangesForOffsets } from '../anchoring/domText';
import { HighlightPopover } from '../highlights/HighlightPopover';
import { SelectionToolbar } from '../highlights/SelectionToolbar';
import { useHighlightCommands } from '../highlights/useHighlightCommands';
import { useHighlightPainter } from '../highlights/useHighlightPainter';
import { readTalkSelection, useSelectionInTalk } from '../anchoring/useSelectionInTalk';
import type { TalkAnnotations } from '../highlights/useTalkAnnotations';
import { useReadingPosition } from './useReadingPosition';
import { FindBar } from './FindBar';
import { RelatedTalks } from '../search/RelatedTalks';
import { TalkPeps } from '../peps/TalkPeps';
import { useSearchTarget } from './useSearchTarget';
import { updateHighlight } from '../storage/highlights';
import { saveTalkNote } from '../storage/notes';
import { LAST_TALK_KEY, setSetting } from '../storage/settings';
import { BlockList } from './BlockView';
import { currentEntry, outlineEntries, TalkOutline } from './TalkOutline';
import { PartMarker } from './TranscriptParts';
import { TalkHeader } from './TalkHeader';

declare module '../actions/capabilities' {
  interface Capabilities {
    nextBlock: () => void;
    previousBlock: () => void;
    toggleRead: () => void;
    openFind: () => void;
    focusOutline: () => void;
  }
}

interface TalkReaderProps {
  detail: TalkDetail;
  annotations: Extract<TalkAnnotations, { status: 'ready' }>;
  focusHighlightId: string | null;
  searchTarget: { blockId: string; terms: string[] } | null;
  onOpenSource: (sourceId: string) => void;
  onOpenTalk: (talkId: string) => void;
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

export function TalkReader(props: TalkReaderProps): React.JSX.Element {
  const { detail, annotations, focusHighlightId, searchTarget, onOpenSource, onOpenTalk } = props;
  const { talk, source, summitYear } = detail;
  const bodyRef = useRef<HTMLDivElement>(null);
  const talkText = useMemo(() => buildTalkText(talk.blocks), [talk.blocks]);
  const outline = useMemo(() => outlineEntries(talk.blocks, detail.parts), [talk.blocks, detail.parts]);
  const partMarkers = useMemo(
    () =>
      new Map((detail.parts ?? []).map((part) => [part.blockId, <PartMarker part={part} onOpenTalk={onOpenTalk} />])),
    [detail.parts, onOpenTalk],
  );
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

  const jumpTo = (blockId: string): void => {
    const element = document.getElementById(blockId);
    const folded = element?.closest('details');
    if (folded && !folded.open) folded.open = true;
    // A transcript part's mark sits just before its first block: it comes into view with it.
    const mark = element?.previousElementSibling?.classList.contains('transcript-part')
      ? element.previousElementSibling
      : element;
    mark?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  };

  const onBodyClick = (event: React.MouseEvent): void => {
    if (!window.getSelection()?.isCollapsed || !bodyRef.current) return;
    const offset = offsetAtScreenPoint(bodyRef.current, talkText, event.clientX, event.clientY);
    const hits = offset === null ? [] : highlightAt(outcome.anchored, offset);
    setActiveId(hits[0]?.record.id ?? null);
    setEditingId(null);
    // Below the clicked line, so the passage itself stays visible.
    const line = (event.target as HTMLElement).getBoundingClientRect();
    const below = Math.min(event.clientY + 18, line.bottom + 8);
    // The popover is up to about 320px tall: above the click when there is no room below.
    const top = below + 320 <= window.innerHeight ? below : Math.max(8, event.clientY - 330);
    // Within the reading column, so it never covers the side panel.
    const column = bodyRef.current.getBoundingClientRect();
    const width = Math.min(384, window.innerWidth * 0.9);
    const left = Math.max(Math.max(8, column.left), Math.min(event.clientX - 140, column.right - width));
    setPopoverAt(hits.length > 0 ? { top, left } : null);
  };

  const active = outcome.anchored.find((highlight) => highlight.record.id === activeId) ?? null;
  const overlapping = active
    ? highlightAt(outcome.anchored, active.start).filter((other) => other.record.id !== active.record.id)
    : [];

  return (
    <div className="talk-layout">
      <article className="talk" aria-labelledby="talk-title" data-talk-id={talk.id}>
        <TalkHeader
          detail={detail}
          reading={reading.state ?? null}
          onToggleRead={reading.toggleRead}
          onOpenSource={onOpenSource}
          onOpenTalk={onOpenTalk}
        />
        {findOpen && <FindBar talkText={talkText} bodyRef={bodyRef} onClose={() => setFindOpen(false)} />}
        <div className="talk-body" ref={bodyRef} onClick={onBodyClick}>
          <BlockList blocks={talk.blocks} focusable markers={partMarkers} />
        </div>
      </article>
      {selection && (
        <SelectionToolbar
          selection={selection}
          reattaching={reattachingId !== null}
          onHighlight={(color) => void commands.highlightSelection(color)}
          onAddNote={() => void commands.addNote()}
          onCopyQuote={commands.copyQuote}
          onReattach={() => void commands.reattach()}
        />
      )}
      {active && (popoverAt || editingId === active.record.id) && (
        <HighlightPopover
          highlight={active.record}
          overlapping={overlapping.map((other) => other.record)}
          editing={editingId === active.record.id}
          position={popoverAt ?? { top: 120, left: 120 }}
          onSelect={(id) => setActiveId(id)}
          onRecolor={commands.applyColor}
          onEdit={() => setEditingId(active.record.id)}
          onSaveNote={(text, tags) => void commands.saveNote(active.record.id, text, tags)}
          onPickNote={(text) => void updateHighlight(active.record.id, { note: text, noteConflicts: [] })}
          onCancelEdit={() => setEditingId(null)}
          onDelete={() => void commands.remove(active.record.id)}
          onClose={() => {
            setPopoverAt(null);
            setActiveId(null);
          }}
        />
      )}
      <AnnotationsPanel
        talkId={talk.id}
        note={annotations.note}
        editingNote={editingNote}
        anchored={outcome.anchored}
        orphans={outcome.orphans}
        activeId={activeId}
        reattachingId={reattachingId}
        onEditNote={setEditingNote}
        onPickNote={(text) =>
          void saveTalkNote({
            talkId: talk.id,
            text,
            tags: annotations.note?.tags ?? [],
            citation,
            textConflicts: [],
          })
        }
        onSaveNote={(text, tags) =>
          void saveTalkNote({ talkId: talk.id, text, tags, citation }).then((saved) => saved && setEditingNote(false))
        }
        onActivate={setActiveId}
        onDelete={(id) => void commands.remove(id)}
        onReattach={setReattachingId}
        header={
          <TalkOutline
            entries={outline}
            current={currentEntry(outline, talk.blocks, reading.state?.blockId ?? null)}
            onJump={jumpTo}
          />
        }
      >
        <TalkPeps blocks={talk.blocks} />
        <RelatedTalks key={talk.id} talkId={talk.id} onOpenTalk={onOpenTalk} />
      </AnnotationsPanel>
    </div>
  );
}

// An open talk with its annotations: selection toolbar, painted highlights, popover and panel. Its
// state and effects live in useTalkReader; this renders them.

import { AnnotationsPanel } from '../highlights/AnnotationsPanel';
import { HighlightPopover } from '../highlights/HighlightPopover';
import { SelectionToolbar } from '../highlights/SelectionToolbar';
import { RelatedTalks } from '../search/RelatedTalks';
import { TalkEarlierPeps } from '../peps/TalkEarlierPeps';
import { TalkPeps } from '../peps/TalkPeps';
import { useMemo } from 'react';
import { BlockList } from './BlockView';
import { FindBar } from './FindBar';
import { TalkHeader } from './TalkHeader';
import { currentEntry, TalkOutline } from './TalkOutline';
import { PartMarker } from './TranscriptParts';
import { useTalkReader, type TalkReaderInput } from './useTalkReader';

declare module '../actions/capabilities' {
  interface Capabilities {
    nextBlock: () => void;
    previousBlock: () => void;
    toggleRead: () => void;
    openFind: () => void;
    focusOutline: () => void;
  }
}

interface TalkReaderProps extends TalkReaderInput {
  onOpenSource: (sourceId: string) => void;
  onOpenTalk: (talkId: string) => void;
}

export function TalkReader(props: TalkReaderProps): React.JSX.Element {
  const { detail, annotations, onOpenSource, onOpenTalk } = props;
  const reader = useTalkReader(props);
  const { talk, talkText, bodyRef, selection, reading, commands, talkNote, outcome, active } = reader;
  const { activeId, setActiveId, editingId, setEditingId, editingNote, setEditingNote } = reader;
  const { reattachingId, setReattachingId, popoverAt, setPopoverAt, findOpen, setFindOpen } = reader;
  const partMarkers = useMemo(
    () =>
      new Map((detail.parts ?? []).map((part) => [part.blockId, <PartMarker part={part} onOpenTalk={onOpenTalk} />])),
    [detail.parts, onOpenTalk],
  );

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
        <div className="talk-body" ref={bodyRef} onClick={reader.onBodyClick}>
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
          overlapping={reader.overlapping.map((other) => other.record)}
          editing={editingId === active.record.id}
          position={popoverAt ?? { top: 120, left: 120 }}
          onSelect={(id) => setActiveId(id)}
          onRecolor={commands.applyColor}
          onEdit={() => setEditingId(active.record.id)}
          onSaveNote={(text, tags) => void commands.saveNote(active.record.id, text, tags)}
          onPickNote={(text) => void commands.pickNote(active.record.id, text)}
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
        onPickNote={(text) => void talkNote.pick(text)}
        onSaveNote={(text, tags) => void talkNote.save(text, tags).then((saved) => saved && setEditingNote(false))}
        onActivate={setActiveId}
        onDelete={(id) => void commands.remove(id)}
        onReattach={setReattachingId}
        header={
          <TalkOutline
            entries={reader.outline}
            current={currentEntry(reader.outline, talk.blocks, reading.state?.blockId ?? null)}
            onJump={reader.jumpTo}
          />
        }
      >
        <TalkPeps blocks={talk.blocks} />
        <TalkEarlierPeps talkId={talk.id} />
        <RelatedTalks key={talk.id} talkId={talk.id} onOpenTalk={onOpenTalk} />
      </AnnotationsPanel>
    </div>
  );
}

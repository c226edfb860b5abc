// The highlight commands of an open talk, shared by the toolbar, the popover, the panel and the keyboard.

import { useCallback, useMemo, useRef } from 'react';
import type { TalkText } from '../../../shared/anchoring/talkText';
import type { HighlightColor, HighlightRecord, TalkCitation } from '../../../shared/annotations';
import { callMain } from '../ipc/client';
import { createHighlight, deleteHighlight, restoreHighlight, updateHighlight } from '../storage/highlights';
import { useToast } from '../ui/ToastProvider';
import { quoteWithCitation } from './citation';
import { TextPositionAnchor } from '../../../shared/anchoring/textAnchors';
import { readTalkSelection } from '../anchoring/useSelectionInTalk';

declare module '../actions/capabilities' {
  interface Capabilities {
    highlightSelection: (color?: HighlightColor) => void;
    /** Recolours the active highlight, or highlights the selection in that colour. */
    applyColor: (color: HighlightColor) => void;
    addNote: () => void;
    /** True when there is a selection or an active highlight to write a note on. */
    canAddNote: () => boolean;
    deleteActiveHighlight: () => void;
    copyQuote: () => void;
  }
}

interface Options {
  talkId: string;
  talkText: TalkText;
  citation: TalkCitation;
  bodyRef: React.RefObject<HTMLElement | null>;
  highlights: HighlightRecord[];
  activeId: string | null;
  setActiveId: (id: string | null) => void;
  setEditingId: (id: string | null) => void;
  reattachingId: string | null;
  setReattachingId: (id: string | null) => void;
}

export interface HighlightCommands {
  highlightSelection: (color?: HighlightColor) => Promise<HighlightRecord | null>;
  applyColor: (color: HighlightColor) => void;
  addNote: () => Promise<void>;
  remove: (id: string) => Promise<void>;
  copyQuote: () => void;
  reattach: () => Promise<void>;
  saveNote: (id: string, text: string, tags: string[]) => Promise<void>;
  /** Keeps `text` among a highlight note's versions written apart on two computers. */
  pickNote: (id: string, text: string) => Promise<void>;
}

/** The selection, or else the whole focused paragraph, so the keyboard alone can highlight. */
function targetPassage(bodyRef: Options['bodyRef'], talkText: TalkText): TextPositionAnchor | null {
  const selected = readTalkSelection(bodyRef.current, talkText);
  if (selected) return selected.position;
  const focused = document.activeElement?.closest<HTMLElement>('[data-block-id]');
  if (!focused || !bodyRef.current?.contains(focused)) return null;
  const span = talkText.spans.find((candidate) => candidate.blockId === focused.dataset.blockId);
  return span && span.end > span.start ? new TextPositionAnchor(talkText, span.start, span.end) : null;
}

export function useHighlightCommands(options: Options): HighlightCommands {
  const toast = useToast();
  const lastColor = useRef<HighlightColor>('yellow');
  const { talkId, talkText, citation, bodyRef, highlights, activeId, setActiveId, setEditingId } = options;
  const { reattachingId, setReattachingId } = options;

  /** The highlight being created now: "add a note" pressed right after "highlight" means that one. */
  const creating = useRef<Promise<HighlightRecord | null> | null>(null);

  const highlightSelection = useCallback(
    async (color?: HighlightColor): Promise<HighlightRecord | null> => {
      const passage = targetPassage(bodyRef, talkText);
      const selectors = passage?.selectors();
      if (!selectors) return null;
      if (color) lastColor.current = color;
      const made = createHighlight({ talkId, color: color ?? lastColor.current, selectors, citation });
      creating.current = made;
      const settled = (): void => {
        if (creating.current === made) creating.current = null;
      };
      made.then(settled, settled);
      const record = await made;
      // Not saved: the storage notice says why; nothing here claims otherwise.
      if (!record) return null;
      window.getSelection()?.removeAllRanges();
      setActiveId(record.id);
      toast({ message: 'Highlight created.', durationMs: 2500 });
      return record;
    },
    [bodyRef, talkText, talkId, citation, setActiveId, toast],
  );

  const applyColor = useCallback(
    (color: HighlightColor) => {
      lastColor.current = color;
      if (readTalkSelection(bodyRef.current, talkText)) void highlightSelection(color);
      else if (activeId) void updateHighlight(activeId, { color });
    },
    [activeId, bodyRef, talkText, highlightSelection],
  );

  const addNote = useCallback(async () => {
    // Otherwise the note would open on the previous highlight, and the new one, arriving a moment
    // later, would take the editor away while the reader types.
    const justMade = creating.current ? await creating.current.catch(() => null) : null;
    const target =
      justMade ?? (readTalkSelection(bodyRef.current, talkText) || !activeId ? await highlightSelection() : null);
    const id = target?.id ?? activeId;
    if (!id) return;
    setActiveId(id);
    setEditingId(id);
  }, [activeId, bodyRef, talkText, highlightSelection, setActiveId, setEditingId]);

  const remove = useCallback(
    async (id: string) => {
      if (!(await deleteHighlight(id))) return;
      if (id === activeId) setActiveId(null);
      toast({ message: 'Highlight deleted.', action: { label: 'Undo', run: () => void restoreHighlight(id) } });
    },
    [activeId, setActiveId, toast],
  );

  const copyQuote = useCallback(() => {
    const selected = readTalkSelection(bodyRef.current, talkText);
    const active = highlights.find((highlight) => highlight.id === activeId);
    const quote = selected ? selected.position.quote() : active?.selectors.quote.exact;
    if (!quote) return;
    void callMain('writeClipboard', quoteWithCitation(quote, citation)).then((result) =>
      toast({
        message: result.ok ? 'Quote copied with its citation.' : `Could not copy: ${result.error.message}`,
        durationMs: 2500,
      }),
    );
  }, [activeId, bodyRef, citation, highlights, talkText, toast]);

  const reattach = useCallback(async () => {
    const selected = readTalkSelection(bodyRef.current, talkText);
    const selectors = selected?.position.selectors();
    if (!selectors || !reattachingId) return;
    if (!(await updateHighlight(reattachingId, { selectors, talkId }))) return;
    window.getSelection()?.removeAllRanges();
    setActiveId(reattachingId);
    setReattachingId(null);
    toast({ message: 'Highlight re-attached.', durationMs: 2500 });
  }, [bodyRef, talkText, talkId, reattachingId, setReattachingId, setActiveId, toast]);

  const saveNote = useCallback(
    async (id: string, text: string, tags: string[]) => {
      // The editor stays open with the text when the note was not saved.
      if (await updateHighlight(id, { note: text, tags })) setEditingId(null);
    },
    [setEditingId],
  );

  const pickNote = useCallback(async (id: string, text: string) => {
    await updateHighlight(id, { note: text, noteConflicts: [] });
  }, []);

  // One object while its commands are unchanged, so the reader provides them once, not on every render.
  return useMemo(
    () => ({ highlightSelection, applyColor, addNote, remove, copyQuote, reattach, saveNote, pickNote }),
    [highlightSelection, applyColor, addNote, remove, copyQuote, reattach, saveNote, pickNote],
  );
}

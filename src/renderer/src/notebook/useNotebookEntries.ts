// Every live highlight and talk note, with orphan status and position from anchoring against the
// current text of their talks (loaded from main once per talk).

import { useEffect, useMemo, useState } from 'react';
import { buildTalkText, type TalkText } from '../../../shared/anchoring/talkText';
import { anchorAll } from '../anchoring/anchorAll';
import { callMain } from '../ipc/client';
import { isLive } from '../../../shared/annotations';
import { useLiveAnnotations } from '../storage/liveAnnotations';
import type { NotebookEntry } from './notebookEntries';

export function useNotebookEntries(): NotebookEntry[] | undefined {
  const annotations = useLiveAnnotations();
  const records = useMemo(
    () =>
      annotations && {
        highlights: [...annotations.highlights.values()].filter(isLive),
        notes: [...annotations.talkNotes.values()].filter(isLive),
      },
    [annotations],
  );
  const [texts, setTexts] = useState<Map<string, TalkText | null>>(new Map());

  const talkIds = useMemo(
    () => [...new Set([...(records?.highlights ?? []), ...(records?.notes ?? [])].map((record) => record.talkId))],
    [records],
  );

  useEffect(() => {
    const missing = talkIds.filter((id) => !texts.has(id));
    if (missing.length === 0) return;
    let cancelled = false;
    void Promise.all(missing.map(async (id) => [id, await callMain('getTalk', id)] as const)).then((results) => {
      if (cancelled) return;
      setTexts((current) => {
        const next = new Map(current);
        // A talk main no longer has (a removed document) anchors nothing: its highlights are orphans.
        for (const [id, result] of results) next.set(id, result.ok ? buildTalkText(result.value.talk.blocks) : null);
        return next;
      });
    });
    return () => {
      cancelled = true;
    };
  }, [talkIds, texts]);

  return useMemo(() => {
    if (!records || talkIds.some((id) => !texts.has(id))) return undefined;
    const entries: NotebookEntry[] = records.notes.map((record) => ({
      kind: 'note',
      record,
      orphan: texts.get(record.talkId) === null,
      position: -1,
    }));
    for (const talkId of talkIds) {
      const outcome = anchorAll(
        texts.get(talkId) ?? null,
        records.highlights.filter((record) => record.talkId === talkId),
      );
      for (const anchored of outcome.anchored)
        entries.push({ kind: 'highlight', record: anchored.record, orphan: false, position: anchored.start });
      for (const record of outcome.orphans) entries.push({ kind: 'highlight', record, orphan: true, position: -1 });
    }
    return entries;
  }, [records, talkIds, texts]);
}

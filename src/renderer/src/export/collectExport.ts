// Gathers the reader's notes for a scope (one talk, one summit, everything) and writes them as
// Markdown, anchoring each highlight against the talk's current text for reading order and links.

import { buildTalkText } from '../../../shared/anchoring/talkText';
import type { HighlightRecord, TalkNoteRecord } from '../../../shared/annotations';
import { uniqueFileNames } from '../../../shared/export/fileNames';
import {
  collectionToMarkdown,
  talkToMarkdown,
  type ExportHighlight,
  type ExportTalk,
} from '../../../shared/export/markdownExport';
import { anchorAll } from '../anchoring/anchorAll';
import { callMain } from '../ipc/client';
import { allLiveAnnotations } from '../storage/highlights';

export type ExportScope = { kind: 'talk'; talkId: string } | { kind: 'summit'; year: number } | { kind: 'all' };

export interface ExportFile {
  name: string;
  content: string;
}

export interface ExportOptions {
  scope: ExportScope;
  layout: 'single' | 'folder';
  style: 'blockquote' | 'callout';
  /** Each talk's citation key in its frontmatter (off by default). */
  citationKeys?: boolean;
}

function inScope(record: { talkId: string; citation: { summitYear: number | null } }, scope: ExportScope): boolean {
  if (scope.kind === 'talk') return record.talkId === scope.talkId;
  if (scope.kind === 'summit') return record.citation.summitYear === scope.year;
  return true;
}

async function talkFile(
  talkId: string,
  highlights: HighlightRecord[],
  note: TalkNoteRecord | null,
  options: ExportOptions,
  exportedAt: string,
) {
  const detail = await callMain('getTalk', talkId);
  const citation = (highlights[0] ?? note)?.citation;
  const talk: ExportTalk = detail.ok
    ? {
        talkId,
        title: detail.value.talk.title,
        speakers: detail.value.talk.speakers,
        summitYear: detail.value.summitYear,
        source: { title: detail.value.source.title, kind: detail.value.source.kind, date: detail.value.source.date },
      }
    : {
        talkId,
        title: citation?.talkTitle ?? talkId,
        speakers: citation?.speakers ?? [],
        summitYear: citation?.summitYear ?? null,
        source: { title: citation?.sourceTitle ?? '', kind: null, date: null },
      };
  const talkText = detail.ok ? buildTalkText(detail.value.talk.blocks) : null;
  const outcome = anchorAll(talkText, highlights);
  const spanOf = (offset: number): string | null =>
    talkText?.spans.find((span) => offset >= span.start && offset <= span.end)?.blockId ?? null;
  const exportHighlights: ExportHighlight[] = [
    ...outcome.anchored.map((anchored) => ({
      record: anchored.record,
      blockId: spanOf(anchored.start),
      position: anchored.start,
      orphan: false,
    })),
    ...outcome.orphans.map((record) => ({ record, blockId: null, position: Number.MAX_SAFE_INTEGER, orphan: true })),
  ];
  return {
    talk,
    markdown: talkToMarkdown(talk, note, exportHighlights, {
      style: options.style,
      exportedAt,
      citationKey: options.citationKeys ?? false,
    }),
  };
}

export async function collectExport(
  options: ExportOptions,
  exportedAt = new Date().toISOString(),
): Promise<ExportFile[]> {
  const { highlights, notes } = await allLiveAnnotations();
  const liveHighlights = highlights.filter((record) => inScope(record, options.scope));
  const liveNotes = notes.filter((record) => inScope(record, options.scope));
  const talkIds = [
    ...new Set([...liveHighlights.map((record) => record.talkId), ...liveNotes.map((record) => record.talkId)]),
  ];
  const files = [];
  for (const talkId of talkIds) {
    files.push(
      await talkFile(
        talkId,
        liveHighlights.filter((record) => record.talkId === talkId),
        liveNotes.find((record) => record.talkId === talkId) ?? null,
        options,
        exportedAt,
      ),
    );
  }
  files.sort(
    (a, b) => (a.talk.summitYear ?? 9999) - (b.talk.summitYear ?? 9999) || a.talk.title.localeCompare(b.talk.title),
  );
  if (files.length === 0) return [];
  if (options.layout === 'folder' || files.length === 1) {
    const names = uniqueFileNames(files.map((file) => file.talk.title));
    return files.map((file, index) => ({ name: names[index], content: file.markdown }));
  }
  const title =
    options.scope.kind === 'summit'
      ? `Notes on the Python Language Summit ${options.scope.year}`
      : 'Notes on the Python Language Summit';
  return [
    {
      name: uniqueFileNames([title])[0],
      content: collectionToMarkdown(
        title,
        files.map((file) => file.talk.talkId),
        files.map((file) => file.markdown),
        exportedAt,
      ),
    },
  ];
}

// Gathers the reader's notes for a scope (one talk, one summit, everything), anchoring each
// highlight against the talk's current text for reading order and links, and writes them as
// Markdown through the chosen export template.

import { buildTalkText } from '../../../shared/anchoring/talkText';
import type { HighlightRecord, TalkNoteRecord } from '../../../shared/annotations';
import type { TalkExportInput } from '../../../shared/export/exportContext';
import { EXPORT_RENDER_MS, renderExport, type TemplateResult } from '../../../shared/export/exportTemplates';
import { uniqueFileNames } from '../../../shared/export/fileNames';
import type { ExportHighlight, ExportTalk } from '../../../shared/export/markdownExport';
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

/** The notes of a scope, gathered once and ready to render with any template. */
export interface GatheredExport {
  talks: TalkExportInput[];
  /** The one file's title when several talks go in one file. */
  collectionTitle: string;
  exportedAt: string;
}

function inScope(record: { talkId: string; citation: { summitYear: number | null } }, scope: ExportScope): boolean {
  if (scope.kind === 'talk') return record.talkId === scope.talkId;
  if (scope.kind === 'summit') return record.citation.summitYear === scope.year;
  return true;
}

async function talkInput(
  talkId: string,
  highlights: HighlightRecord[],
  note: TalkNoteRecord | null,
): Promise<TalkExportInput> {
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
  return { talk, note, highlights: exportHighlights };
}

export async function gatherExport(scope: ExportScope, exportedAt = new Date().toISOString()): Promise<GatheredExport> {
  const { highlights, notes } = await allLiveAnnotations();
  const liveHighlights = highlights.filter((record) => inScope(record, scope));
  const liveNotes = notes.filter((record) => inScope(record, scope));
  const talkIds = [
    ...new Set([...liveHighlights.map((record) => record.talkId), ...liveNotes.map((record) => record.talkId)]),
  ];
  const talks: TalkExportInput[] = [];
  for (const talkId of talkIds) {
    talks.push(
      await talkInput(
        talkId,
        liveHighlights.filter((record) => record.talkId === talkId),
        liveNotes.find((record) => record.talkId === talkId) ?? null,
      ),
    );
  }
  talks.sort(
    (a, b) => (a.talk.summitYear ?? 9999) - (b.talk.summitYear ?? 9999) || a.talk.title.localeCompare(b.talk.title),
  );
  const collectionTitle =
    scope.kind === 'summit'
      ? `Notes on the Python Language Summit ${scope.year}`
      : 'Notes on the Python Language Summit';
  return { talks, collectionTitle, exportedAt };
}

/**
 * The files of an export: one per talk, or one for all when the layout says so. The first
 * template error stops it, and no file is made.
 */
export function renderExportFiles(
  gathered: GatheredExport,
  template: string,
  { layout, style, citationKeys = false }: Omit<ExportOptions, 'scope'>,
  renderLimit = EXPORT_RENDER_MS,
): TemplateResult<ExportFile[]> {
  const { talks, exportedAt } = gathered;
  const options = { style, exportedAt, citationKey: citationKeys };
  if (talks.length === 0) return { ok: true, value: [] };
  if (layout === 'folder' || talks.length === 1) {
    const names = uniqueFileNames(talks.map((input) => input.talk.title));
    const files: ExportFile[] = [];
    for (const [index, input] of talks.entries()) {
      const rendered = renderExport(template, { talks: [input], options }, renderLimit);
      if (!rendered.ok) return rendered;
      files.push({ name: names[index], content: rendered.value });
    }
    return { ok: true, value: files };
  }
  const rendered = renderExport(template, { talks, options, collectionTitle: gathered.collectionTitle }, renderLimit);
  if (!rendered.ok) return rendered;
  return { ok: true, value: [{ name: uniqueFileNames([gathered.collectionTitle])[0], content: rendered.value }] };
}

export async function collectExport(
  options: ExportOptions,
  template: string,
  exportedAt = new Date().toISOString(),
): Promise<TemplateResult<ExportFile[]>> {
  return renderExportFiles(await gatherExport(options.scope, exportedAt), template, options);
}

// Export at scale: 10,000 highlights with notes over 100 talks, to Markdown (one file per talk,
// then all of them in one file) and to a backup (serialised with its Web Annotations), and the
// time a restore spends checking that backup. The Markdown export is measured through each
// built-in template, and through LiquidJS with the default template (the route the default took
// before it was written out in code), interleaved round by round in one process, so the ratios
// compare runs that shared the machine's load. Figures are medians, in milliseconds.

import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, toWebAnnotations } from '../src/shared/backup/backupFormat';
import { parseBackup } from '../src/shared/backup/backupParser';
import type { HighlightRecord } from '../src/shared/annotations';
import { COMPACT_TEMPLATE, DEFAULT_TEMPLATE, LOGSEQ_TEMPLATE } from '../src/shared/export/builtInTemplates';
import type { ExportInput, TalkExportInput } from '../src/shared/export/exportContext';
import { renderExport, renderWithLiquid, type TemplateResult } from '../src/shared/export/exportTemplates';
import type { ExportHighlight, ExportOptions } from '../src/shared/export/markdownExport';

/** Rounds of the template comparison; each round runs every route once, in a rotating order. */
const TEMPLATE_ROUNDS = 15;

function records(count: number): HighlightRecord[] {
  return Array.from({ length: count }, (_, index) => {
    const talk = index % 100;
    const exact = `Passage ${index}: the core developers discussed what the next release needs, in some detail.`;
    return {
      id: `h-${index.toString(36).padStart(6, '0')}`,
      talkId: `talk-${talk}`,
      color: (['yellow', 'green', 'blue', 'red', 'purple', 'orange'] as const)[index % 6],
      note: `A note on passage ${index} with **emphasis**, a [link](https://example.org/${index}) and\n\n- a list\n- of points`,
      tags: ['summit', `t${index % 17}`],
      selectors: {
        quote: { exact, prefix: 'the text before it ', suffix: ' and the text after' },
        position: {
          blockId: `talk-${talk}-b${index % 40}`,
          blockOffset: 0,
          start: index * 10,
          end: index * 10 + exact.length,
        },
      },
      citation: { talkTitle: `Talk ${talk}`, speakers: ['Ann Lee'], summitYear: 2024, sourceTitle: 'Source' },
      createdAt: 1_700_000_000_000 + index,
      updatedAt: 1_700_000_000_000 + index,
      deletedAt: null,
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function medianOf(runs: number, run: () => void): number {
  return median(Array.from({ length: runs }, () => time(run)));
}

type Render = (input: ExportInput) => TemplateResult<string>;

/** The routes compared: the app's own for each built-in template, and the default through LiquidJS. */
const ROUTES: Record<string, Render> = {
  default: (input) => renderExport(DEFAULT_TEMPLATE, input),
  'default through LiquidJS': (input) => renderWithLiquid(DEFAULT_TEMPLATE, input),
  compact: (input) => renderExport(COMPACT_TEMPLATE, input),
  logseq: (input) => renderExport(LOGSEQ_TEMPLATE, input),
};

/** An export as the reader makes one: every talk as its own file, then every talk in one file. */
function exportAll(render: Render, talks: TalkExportInput[], options: ExportOptions): void {
  for (const talk of talks) {
    if (!render({ talks: [talk], options }).ok) throw new Error('A benchmark export failed.');
  }
  if (!render({ talks, options, collectionTitle: 'Every note' }).ok) throw new Error('A benchmark export failed.');
}

/**
 * Each route's median time over the rounds, and each route's median ratio to the default's time in
 * the same round (`<route>/default`).
 */
function measureTemplates(talks: TalkExportInput[], options: ExportOptions): Record<string, number> {
  const names = Object.keys(ROUTES);
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < TEMPLATE_ROUNDS; round++) {
    for (let step = 0; step < names.length; step++) {
      const name = names[(round + step) % names.length];
      times[name].push(time(() => exportAll(ROUTES[name], talks, options)));
    }
  }
  const figures: Record<string, number> = {};
  for (const name of names) {
    figures[name] = median(times[name]);
    figures[`${name}/default`] = median(times[name].map((ms, round) => ms / times.default[round]));
  }
  return figures;
}

export function measureExport(count: number): Record<string, number> {
  const highlights = records(count);
  const byTalk = new Map<string, ExportHighlight[]>();
  highlights.forEach((record, index) => {
    const list = byTalk.get(record.talkId) ?? [];
    list.push({ record, blockId: record.selectors.position.blockId, position: index, orphan: false });
    byTalk.set(record.talkId, list);
  });
  const options = { style: 'blockquote' as const, exportedAt: '2026-11-29T00:00:00.000Z' };
  const talks = [...byTalk.entries()].map(([talkId, list]) => ({
    talk: {
      talkId,
      title: `Talk ${talkId}`,
      speakers: ['Ann Lee'],
      summitYear: 2024,
      source: { title: 'Source', kind: 'article' as const, date: null },
    },
    note: null,
    highlights: list,
  }));
  const templates = measureTemplates(talks, options);
  let content = '';
  const backupMs = medianOf(5, () => {
    content = JSON.stringify({
      format: BACKUP_FORMAT,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      exportedAt: options.exportedAt,
      highlights,
      talkNotes: [],
      readingState: [],
      drafts: [],
      settings: [],
      webAnnotations: toWebAnnotations(highlights),
    });
  });
  // What a restore (and main, before keeping an automatic backup) spends checking it.
  const validateMs = medianOf(5, () => {
    if (!parseBackup(content).ok) throw new Error('The benchmark backup does not parse.');
  });
  return {
    highlights: count,
    markdownMs: templates.default,
    backupMs,
    validateMs,
    ...Object.fromEntries(Object.entries(templates).map(([name, value]) => [`template.${name}`, value])),
  };
}

// Export at scale: 10,000 highlights with notes over 100 talks, to Markdown (one file per talk
// and one collection) and to a backup (serialised with its Web Annotations), and the time a
// restore spends checking that backup. Each figure is the median of five runs, in milliseconds.

import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, toWebAnnotations } from '../src/shared/backup/backupFormat';
import { parseBackup } from '../src/shared/backup/backupParser';
import type { HighlightRecord } from '../src/shared/annotations';
import { collectionToMarkdown, talkToMarkdown } from '../src/shared/export/exportTemplates';
import type { ExportHighlight } from '../src/shared/export/markdownExport';

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

function medianOf(runs: number, run: () => void): number {
  const times = Array.from({ length: runs }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
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
  const talkOf = (talkId: string) => ({
    talkId,
    title: `Talk ${talkId}`,
    speakers: ['Ann Lee'],
    summitYear: 2024,
    source: { title: 'Source', kind: 'article' as const, date: null },
  });
  // The export runs through the default template: one file per talk, then all in one file.
  const markdownMs = medianOf(5, () => {
    for (const [talkId, list] of byTalk) talkToMarkdown(talkOf(talkId), null, list, options);
    collectionToMarkdown(
      'Every note',
      [...byTalk.entries()].map(([talkId, list]) => ({ talk: talkOf(talkId), note: null, highlights: list })),
      options,
    );
  });
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
  return { highlights: count, markdownMs, backupMs, validateMs };
}

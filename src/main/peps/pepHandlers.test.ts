// The PEP and citation methods through main's real dispatch: arguments validated, plain data back.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, parseBundled } from '../../../test/fixtures/bundledCorpus';
import type { PepIndex } from '../../shared/peps/pepFacts';
import { timelineText } from '../../shared/peps/pepTimeline';
import { dispatchIpc } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import { LibraryService } from '../library/libraryService';
import { PepService } from './pepService';

const documents = Object.values(BUNDLED).map((file) => parseBundled(file));
const service = await LibraryService.create(documents, undefined, null);
const { service: peps } = await PepService.load(join(import.meta.dirname, '../../../resources/peps'));
const platform = {
  chooseImportFiles: async () => [],
  chooseSavePath: async () => null,
  chooseFolder: async () => null,
  chooseBackupFile: async () => null,
  writeClipboard: () => undefined,
  confirmAndOpenExternal: async () => false,
};
const handlers = createHandlers(service, platform, null, null, peps);

describe('PEP methods', () => {
  it('answers getPeps with cards and the snapshot date, and refuses what is not a PEP number', async () => {
    const result = await dispatchIpc(handlers, 'getPeps', [[703, 9999]]);
    expect(result).toMatchObject({
      ok: true,
      value: {
        snapshot: { date: '2026-08-22' },
        peps: [
          { number: 703, facts: { status: 'Final' } },
          { number: 9999, facts: null },
        ],
      },
    });
    for (const args of [[[]], [[-1]], [[1.5]], [[10000]], [['703']], [new Array(501).fill(1)], []]) {
      expect(await dispatchIpc(handlers, 'getPeps', args)).toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments' },
      });
    }
  });

  it('indexes the bundled library: PEP 703 in the 2023 write-up and the 2025 transcript', async () => {
    const result = await dispatchIpc(handlers, 'getPepIndex', []);
    if (!result.ok) throw new Error(result.error.message);
    const entry = (
      result.value as { entries: { number: number; mentions: { summitYear: number; sourceKind: string }[] }[] }
    ).entries.find((candidate) => candidate.number === 703);
    expect(entry?.mentions.map((place) => [place.summitYear, place.sourceKind])).toEqual([
      [2023, 'article'],
      [2025, 'transcript'],
      [2025, 'transcript'],
    ]);
  });

  it('links the 2022 episode’s no-GIL talk to PEP 703 as an earlier discussion, never as a mention', async () => {
    const result = await dispatchIpc(handlers, 'getPepIndex', []);
    if (!result.ok) throw new Error(result.error.message);
    const entry = (result.value as PepIndex).entries.find((candidate) => candidate.number === 703);
    expect(entry?.earlier.map((place) => [place.summitYear, place.talkTitle, place.label])).toEqual([
      [
        2022,
        'Removing the Global Interpreter Lock (No GIL)',
        'Before PEP 703 existed — names its author Sam Gross and ‘global interpreter lock’',
      ],
    ]);
    expect(entry?.earlier[0].excerpt).toContain('Sam Gross’s “no GIL” fork');
    expect(entry?.mentions.every((place) => place.summitYear !== 2022)).toBe(true);
    expect(timelineText(entry?.timeline ?? [])).toBe(
      '2022 summit: discussed (before the PEP) → 2023 summit: discussed → accepted Oct 2023 → ' +
        'shipped in Python 3.13 (Oct 2024) → 2025 summit: discussed',
    );
  });

  it('cites a talk and says when there is no such talk', async () => {
    const talkId = documents.find((document) => document.summitYear === 2023)?.talks[1].id ?? '';
    expect(await dispatchIpc(handlers, 'citeTalk', [talkId])).toMatchObject({
      ok: true,
      value: { talk: { key: expect.any(String) } },
    });
    expect(await dispatchIpc(handlers, 'citeTalk', ['no-such-talk'])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await dispatchIpc(handlers, 'citeTalk', ['../x'])).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
  });

  it('says the snapshot is unavailable when main has none', async () => {
    const bare = createHandlers(service, platform);
    expect(await dispatchIpc(bare, 'getPepIndex', [])).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});

// The snapshot as main reads it: header blocks, release dates, cards, the mention index and the
// outcome timeline, on the bundled files and on small hand-made ones.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../shared/model';
import { timelineText } from '../../shared/peps/pepTimeline';
import { parseDocumentBytes } from '../corpus/parseDocument';
import { parsePepHeaders, pepResolution } from './pepHeaders';
import { PepService } from './pepService';
import { parsePythonReleases } from './pythonReleases';

const PEPS_DIRECTORY = join(import.meta.dirname, '../../../resources/peps');

describe('parsePepHeaders', () => {
  it('reads fields, continuation lines, lists and dated resolutions', () => {
    const { peps, problems } = parsePepHeaders(
      [
        'PEP: 2',
        'Title: Procedure for Adding New Modules',
        'Author: Brett Cannon,',
        '        Martijn Faassen',
        'Status:            Final',
        'Type: Process',
        'Created: 07-Jul-2001',
        'Python-Version: 2.6, 3.0',
        'Resolution: `24-Oct-2023 <https://discuss.python.org/t/37075>`__',
        'Replaces: 100, 101',
        '',
        'Title: no number here',
        'Status: Draft',
      ].join('\n'),
    );
    expect(peps.get(2)).toEqual({
      number: 2,
      title: 'Procedure for Adding New Modules',
      status: 'Final',
      type: 'Process',
      authors: ['Brett Cannon', 'Martijn Faassen'],
      created: '2001-07-07',
      pythonVersions: ['2.6', '3.0'],
      resolution: { date: '2023-10-24', url: 'https://discuss.python.org/t/37075' },
      replaces: [100, 101],
      supersededBy: [],
    });
    expect(problems).toHaveLength(1);
  });

  it('takes the month from an archive link and no date from other bare links', () => {
    expect(pepResolution('https://mail.python.org/pipermail/python-dev/2012-June/120682.html')).toEqual({
      date: '2012-06',
      url: 'https://mail.python.org/pipermail/python-dev/2012-June/120682.html',
    });
    expect(pepResolution('https://discuss.python.org/t/123')?.date).toBeNull();
    expect(pepResolution(undefined)).toBeNull();
  });
});

describe('parsePythonReleases', () => {
  it('keeps first releases and whether they happened by the snapshot', () => {
    const releases = parsePythonReleases(
      '[metadata."3.13"]\nfirst-release = 2024-10-07\n[metadata."3.15"]\nfirst-release = 2026-10-01\n',
      '2026-08-22',
    );
    expect(releases.get('3.13')).toEqual({ version: '3.13', firstRelease: '2024-10-07', released: true });
    expect(releases.get('3.15')?.released).toBe(false);
    expect(() => parsePythonReleases('not = [toml', '2026-08-22')).toThrow();
    expect(() => parsePythonReleases('a = 1', '2026-08-22')).toThrow(/metadata/);
  });
});

describe('PepService on the bundled snapshot', () => {
  it('reads every PEP and knows when PEP 703 shipped', async () => {
    const { service, problems } = await PepService.load(PEPS_DIRECTORY);
    expect(problems).toEqual([]);
    const { snapshot, peps } = service.cards([703, 5, 99999]);
    expect(snapshot.date).toBe('2026-08-22');
    const [nogil, old, unknown] = peps;
    expect(nogil.facts).toMatchObject({
      title: 'Making the Global Interpreter Lock Optional in CPython',
      status: 'Final',
    });
    expect(nogil.releases).toEqual([{ version: '3.13', firstRelease: '2024-10-07', released: true }]);
    expect(nogil.facts?.resolution?.date).toBe('2023-10-24');
    expect(old.facts?.supersededBy).toEqual([387]);
    expect(unknown.facts).toBeNull();
  });

  it('indexes the passages that mention each PEP, oldest summit first, with the outcome', async () => {
    const { service } = await PepService.load(PEPS_DIRECTORY);
    const talk = (id: string, text: string) => ({
      id,
      title: id,
      speakers: [],
      blocks: [{ id: `${id}-b1`, type: 'paragraph' as const, text }],
    });
    const document = (id: string, year: number, talks: ReturnType<typeof talk>[]): SourceDocument => ({
      id,
      title: id,
      kind: 'article',
      summitYear: year,
      date: `${year}-05-01`,
      author: null,
      host: null,
      guests: [],
      intro: [],
      links: [],
      talks,
    });
    const index = service.index('v1', [
      document('later', 2025, [talk('t-2025', 'PEP 703 shipped, as did PEPs 683 and 684.')]),
      document('earlier', 2022, [talk('t-2022', 'Sam Gross on nogil, later pep 703.')]),
    ]);
    expect(index.entries.map((entry) => entry.number)).toEqual([683, 684, 703]);
    const nogil = index.entries.find((entry) => entry.number === 703);
    expect(nogil?.mentions.map((place) => place.talkId)).toEqual(['t-2022', 't-2025']);
    expect(timelineText(nogil?.timeline ?? [])).toBe(
      '2022 summit: discussed → accepted Oct 2023 → shipped in Python 3.13 (Oct 2024) → 2025 summit: discussed',
    );
  });
});

/** Every bundled document and every evaluation document, parsed as the app parses them. */
function realDocuments(): { file: string; document: SourceDocument }[] {
  const folders = [
    join(import.meta.dirname, '../../../resources/corpus'),
    join(import.meta.dirname, '../../../test/corpus-eval/docs'),
  ];
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => !/^(SOURCES|README)\.md$/.test(file))
      .flatMap((file) => {
        const parsed = parseDocumentBytes(readFileSync(join(folder, file)));
        return parsed.ok ? [{ file, document: parsed.document }] : [];
      }),
  );
}

describe('Earlier discussion on real documents', () => {
  it('links talks of different years and authors to the PEPs they came before, and nothing else', async () => {
    const { service } = await PepService.load(PEPS_DIRECTORY);
    const documents = realDocuments();
    const fileOf = new Map(documents.flatMap(({ file, document }) => document.talks.map((talk) => [talk.id, file])));
    const index = service.index(
      'real',
      documents.map(({ document }) => document),
    );
    const links = index.entries.flatMap((entry) =>
      entry.earlier.map((place) => `${place.summitYear} ${fileOf.get(place.talkId)} → PEP ${entry.number}`),
    );
    // Every link the rule makes over these 37 documents, each checked by hand (see ADR 0012). The
    // write-ups dated on or after their PEP's Created date are not linked, though they discuss it
    // without its number: 2022's immortal objects (11 May 2022) after PEP 684 (8 Mar 2022), 2024's
    // CalVer (14 Jun 2024) after PEP 2026 (11 Jun 2024), 2025's free-threading (12 Jun 2025) after
    // PEP 779 (13 Mar 2025).
    expect(links.sort()).toEqual([
      '2019 R-2019-time-zones-stdlib.txt → PEP 615',
      '2022 2022-talk-python-375-episode-page.txt → PEP 703',
      '2024 M-2024-pdb.txt → PEP 768',
    ]);
    const timeZones = index.entries.find((entry) => entry.number === 615);
    expect(timeZones?.mentions).toEqual([]);
    expect(timeZones?.earlier[0]).toMatchObject({
      talkTitle: 'Time Zones In The Standard Library',
      label: 'Before PEP 615 existed — names its author Paul Ganssle and ‘time zone’',
    });
    expect(timelineText(timeZones?.timeline ?? [])).toMatch(/^2019 summit: discussed \(before the PEP\) → /);
  });
});

// What became of a PEP, from the snapshot's facts only.

import { describe, expect, it } from 'vitest';
import type { PepCard, PepFacts } from './pepFacts';
import { pepTimeline, timelineText } from './pepTimeline';

const snapshot = { date: '2026-08-22', commit: 'x' };

function card(facts: Partial<PepFacts>, releases: PepCard['releases'] = []): PepCard {
  return {
    number: 1,
    facts: {
      number: 1,
      title: 'T',
      status: 'Draft',
      type: 'Standards Track',
      authors: [],
      created: null,
      pythonVersions: [],
      resolution: null,
      replaces: [],
      supersededBy: [],
      ...facts,
    },
    releases,
  };
}

describe('pepTimeline', () => {
  it('reads a shipped PEP: discussed, accepted, shipped', () => {
    const steps = pepTimeline(
      card({ status: 'Final', resolution: { date: '2023-10-24', url: null } }, [
        { version: '3.13', firstRelease: '2024-10-07', released: true },
      ]),
      [2022, 2022, null],
      snapshot,
    );
    expect(timelineText(steps)).toBe('2022 summit: discussed → accepted Oct 2023 → shipped in Python 3.13 (Oct 2024)');
  });

  it('plans an accepted PEP for an unreleased version, and rejects a rejected one', () => {
    const accepted = card({ status: 'Accepted', resolution: { date: '2026-04-23', url: null } }, [
      { version: '3.15', firstRelease: '2026-10-01', released: false },
    ]);
    expect(timelineText(pepTimeline(accepted, [2025], snapshot))).toBe(
      '2025 summit: discussed → accepted Apr 2026 → planned for Python 3.15 (Oct 2026)',
    );
    const rejected = card({ status: 'Rejected', resolution: { date: '2023-01', url: null } }, [
      { version: '3.12', firstRelease: '2023-10-02', released: true },
    ]);
    expect(timelineText(pepTimeline(rejected, [2023], snapshot))).toBe('2023 summit: discussed → rejected Jan 2023');
  });

  it('ends an undated PEP with its status as of the snapshot, and knows nothing of unknown PEPs', () => {
    expect(timelineText(pepTimeline(card({ status: 'Draft' }), [2024], snapshot))).toBe(
      '2024 summit: discussed → Draft, as of 22 Aug 2026',
    );
    expect(pepTimeline({ number: 9999, facts: null, releases: [] }, [2024], snapshot).map((step) => step.kind)).toEqual(
      ['discussed'],
    );
  });

  it('starts with the summits that discussed it before it had a number, saying so', () => {
    const nogil = card({ status: 'Final', resolution: { date: '2023-10-24', url: null } }, [
      { version: '3.13', firstRelease: '2024-10-07', released: true },
    ]);
    const earlier = [2022, 2023, null];
    expect(timelineText(pepTimeline(nogil, [2023, 2025], snapshot, earlier))).toBe(
      '2022 summit: discussed (before the PEP) → 2023 summit: discussed → accepted Oct 2023 → ' +
        'shipped in Python 3.13 (Oct 2024) → 2025 summit: discussed',
    );
  });
});

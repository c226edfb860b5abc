// What became of a PEP, as a timeline built only from the snapshot's facts and the library's
// mentions: the summits that discussed it, its resolution (the header's Resolution date, read with
// its status: an accepted or final PEP was accepted then, a rejected one rejected), and the first
// release of the Python version it names (shipped when that release happened by the snapshot's
// date, planned otherwise). Nothing is guessed: a step whose date the data does not hold is left out.
// A summit whose talks discussed the PEP before it had a number (an inferred link, see
// pepEarlyDiscussion.ts, which links only talks that surely came before the PEP) says so:
// "2022 summit: discussed (before the PEP)"; a summit that also mentions it by number is simply
// "discussed".

import { formatPepDate, statusAsOf, type PepCard, type PepSnapshot, type PepTimelineStep } from './pepFacts';

const RESOLVED_AS: Record<string, string> = {
  Accepted: 'accepted',
  Final: 'accepted',
  Active: 'accepted',
  Provisional: 'accepted provisionally',
  Rejected: 'rejected',
  Withdrawn: 'withdrawn',
  Deferred: 'deferred',
  Superseded: 'resolved',
};

const SHIPPING = new Set(['Accepted', 'Final', 'Provisional']);

function summitSteps(discussedIn: (number | null)[], earlier: (number | null)[]): PepTimelineStep[] {
  const known = (year: number | null): year is number => year !== null;
  const mentioned = new Set(discussedIn.filter(known));
  const before = new Set(earlier.filter(known).filter((year) => !mentioned.has(year)));
  return [...mentioned, ...before]
    .sort((a, b) => a - b)
    .map((year) => {
      const note = before.has(year) ? ' (before the PEP)' : '';
      return { kind: 'discussed', date: String(year), label: `${year} summit: discussed${note}` };
    });
}

export function pepTimeline(
  card: PepCard,
  discussedIn: (number | null)[],
  snapshot: PepSnapshot,
  /** The summit years of talks that discussed it before it had a number. */
  earlier: (number | null)[] = [],
): PepTimelineStep[] {
  const steps = summitSteps(discussedIn, earlier);
  const facts = card.facts;
  if (!facts) return steps;
  const resolvedAs = RESOLVED_AS[facts.status] ?? 'resolved';
  if (facts.resolution?.date)
    steps.push({
      kind: 'resolved',
      date: facts.resolution.date,
      label: `${resolvedAs} ${formatPepDate(facts.resolution.date.slice(0, 7))}`,
    });
  let shipped = false;
  if (SHIPPING.has(facts.status)) {
    for (const release of card.releases) {
      if (!release.firstRelease) continue;
      const when = formatPepDate(release.firstRelease.slice(0, 7));
      shipped ||= release.released && facts.status === 'Final';
      steps.push(
        release.released && facts.status === 'Final'
          ? { kind: 'shipped', date: release.firstRelease, label: `shipped in Python ${release.version} (${when})` }
          : { kind: 'planned', date: release.firstRelease, label: `planned for Python ${release.version} (${when})` },
      );
    }
  }
  if (!facts.resolution?.date && !shipped)
    steps.push({ kind: 'status', date: null, label: statusAsOf(facts.status, snapshot) });
  // Summits are placed by year; dated steps by their date; the status as of the snapshot comes last.
  return steps
    .map((step, order) => ({ step, order }))
    .sort((a, b) => (a.step.date ?? '9999').localeCompare(b.step.date ?? '9999') || a.order - b.order)
    .map(({ step }) => step);
}

/** The timeline as one line: "2022 summit: discussed → accepted Oct 2023 → shipped in Python 3.13 (Oct 2024)". */
export function timelineText(steps: PepTimelineStep[]): string {
  return steps.map((step) => step.label).join(' → ');
}

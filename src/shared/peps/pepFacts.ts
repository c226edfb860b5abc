// What the app knows about a PEP and the Python releases, as main serves it: plain data from the
// dated snapshot in resources/peps (see its SOURCES.md). Every status is "as of" the snapshot.

/** The statuses a PEP can have; anything else in the snapshot (e.g. "April Fool!") is kept as it is. */
export const PEP_STATUSES = [
  'Draft',
  'Accepted',
  'Provisional',
  'Final',
  'Active',
  'Rejected',
  'Withdrawn',
  'Deferred',
  'Superseded',
] as const;

/** The statuses the PEPs view filters by. */
export const PEP_FILTER_STATUSES = [
  'Draft',
  'Accepted',
  'Final',
  'Rejected',
  'Withdrawn',
  'Deferred',
  'Superseded',
] as const;

export interface PepFacts {
  number: number;
  title: string;
  status: string;
  type: string;
  authors: string[];
  /** As YYYY-MM-DD. */
  created: string | null;
  /** The Python versions the PEP names ("3.13"); several for some old PEPs. */
  pythonVersions: string[];
  /** When it was resolved (YYYY-MM-DD, or YYYY-MM when only the month is known) and where. */
  resolution: { date: string | null; url: string | null } | null;
  replaces: number[];
  supersededBy: number[];
}

export interface PythonRelease {
  version: string;
  /** The first final release (x.y.0), as YYYY-MM-DD: planned when `released` is false. */
  firstRelease: string | null;
  /** Whether that release happened by the snapshot's date. */
  released: boolean;
}

/** Where the facts come from and as of when. */
export interface PepSnapshot {
  /** YYYY-MM-DD: every status is as of this date. */
  date: string;
  commit: string;
}

/** One PEP as a card shows it: its facts (null for a number the snapshot does not hold) and releases. */
export interface PepCard {
  number: number;
  facts: PepFacts | null;
  releases: PythonRelease[];
}

export interface PepCards {
  snapshot: PepSnapshot;
  peps: PepCard[];
}

/** A passage of a talk or transcript that mentions a PEP. */
export interface PepMentionPlace {
  talkId: string;
  talkTitle: string;
  speakers: string[];
  summitYear: number | null;
  sourceTitle: string;
  sourceKind: 'article' | 'episode' | 'transcript';
  /** The source's date, YYYY-MM-DD, when it says. */
  date: string | null;
  blockId: string;
  /** The passage's text, cut to about 240 characters around the mention. */
  excerpt: string;
}

/** What an inferred link to a PEP rests on (see pepEarlyDiscussion.ts), shown beside it. */
export interface EarlyDiscussionEvidence {
  /** The author's name as the snapshot writes it. */
  author: string;
  /** Whether the author presents the talk, rather than being named in the passage. */
  authorPresents: boolean;
  /**
   * The title's words the passage holds, as the title writes them and in its order: each run of
   * adjacent title words is one phrase ("Global Interpreter Lock"); a title word between two
   * distinctive ones joins them when the passage holds it too.
   */
  phrases: string[];
  /** The passage holding them. */
  blockId: string;
}

/**
 * A passage that discussed a PEP before it had a number: an inferred link, never a mention. The
 * talk names one of the PEP's authors and the distinctive words of its title, and surely came before
 * the PEP (by its document's date, or its summit's year when the document has none).
 */
export interface PepEarlyPlace extends PepMentionPlace {
  evidence: EarlyDiscussionEvidence;
  /** "Before PEP 703 existed — names its author Sam Gross and ‘global interpreter lock’". */
  label: string;
}

/** One PEP with every place that mentions it, every earlier discussion (oldest summit first) and its outcome. */
export interface PepIndexEntry extends PepCard {
  mentions: PepMentionPlace[];
  /** Talks that discussed it before it had a number; inferred, so kept apart from the mentions. */
  earlier: PepEarlyPlace[];
  timeline: PepTimelineStep[];
}

export interface PepIndex {
  snapshot: PepSnapshot;
  entries: PepIndexEntry[];
}

/** One step of what became of a PEP, in time order. */
export interface PepTimelineStep {
  kind: 'discussed' | 'created' | 'resolved' | 'shipped' | 'planned' | 'status';
  /** YYYY-MM-DD, YYYY-MM or YYYY; null for the status as of the snapshot when no date is known. */
  date: string | null;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "22 Aug 2026", "Oct 2023" or "2022" from an ISO date, month or year. */
export function formatPepDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "Final, as of 22 Aug 2026". */
export function statusAsOf(status: string, snapshot: PepSnapshot): string {
  return `${status}, as of ${formatPepDate(snapshot.date)}`;
}

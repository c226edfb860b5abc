// Reads the snapshot's python-releases.toml with smol-toml (ADR 0012) and keeps what the PEP cards
// need: each version's first release date, and whether it had happened by the snapshot's date.

import { parse } from 'smol-toml';
import type { PythonRelease } from '../../shared/peps/pepFacts';

/** TOML dates come back as TomlDate (a Date); keep them as YYYY-MM-DD. */
function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return null;
}

/** Every version of the metadata table; throws on a file that is not TOML or has no metadata. */
export function parsePythonReleases(text: string, snapshotDate: string): Map<string, PythonRelease> {
  const document = parse(text) as { metadata?: Record<string, Record<string, unknown>> };
  if (!document.metadata || typeof document.metadata !== 'object') throw new Error('it has no [metadata] tables');
  const releases = new Map<string, PythonRelease>();
  for (const [version, metadata] of Object.entries(document.metadata)) {
    const firstRelease = isoDate(metadata['first-release']);
    releases.set(version, { version, firstRelease, released: firstRelease !== null && firstRelease <= snapshotDate });
  }
  return releases;
}

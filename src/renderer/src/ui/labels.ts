// Human wording for values of the model.

import type { SourceKind } from '../../../shared/model';

export function sourceKindLabel(kind: SourceKind): string {
  switch (kind) {
    case 'article':
      return 'Article';
    case 'episode':
      return 'Episode';
    case 'transcript':
      return 'Transcript';
  }
}

/** Seconds as h:mm:ss (or m:ss under an hour), as transcripts print them. */
export function formatTimestamp(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = Math.floor(totalSeconds % 60);
  const mm = String(minutes).padStart(hours > 0 ? 2 : 1, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function formatDate(iso: string | null): string {
  if (!iso) return 'Undated';
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

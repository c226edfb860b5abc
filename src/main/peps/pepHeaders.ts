// Reads the snapshot's PEP header blocks (resources/peps/pep-headers.txt): blocks of "Field: value"
// lines separated by a blank line, continuation lines indented, as the PEP sources write them.
// Pure and strict about what it keeps: a block without a number, title or status is reported, not
// guessed at.

import type { PepFacts } from '../../shared/peps/pepFacts';
import { parseDate } from '../corpus/dates';

/** "09-Jan-2023" as "2023-01-09"; null when it is not such a date. */
export function pepDate(text: string): string | null {
  const trimmed = text.trim();
  return /^\d{1,2}-[A-Za-z]{3}-\d{4}$/.test(trimmed) ? parseDate(trimmed.replace(/-/g, ' ')) : null;
}

/** The fields of one block, continuation lines joined to their field with a space. */
function fields(block: string): Map<string, string> {
  const found = new Map<string, string>();
  let last: string | null = null;
  for (const line of block.split('\n')) {
    if (/^\s/.test(line) && last) {
      found.set(last, `${found.get(last) ?? ''} ${line.trim()}`.trim());
      continue;
    }
    const match = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!match) continue;
    last = match[1].toLowerCase();
    found.set(last, match[2].trim());
  }
  return found;
}

function numbers(value: string | undefined): number[] {
  return (value ?? '')
    .split(/[,\s]+/)
    .filter((part) => /^\d+$/.test(part))
    .map(Number);
}

/**
 * A resolution is either "`24-Oct-2023 <url>`__" (date and link) or a bare link. A bare link to the
 * python-dev archive by month (".../pipermail/python-dev/2012-June/...") gives the month; other bare
 * links give no date.
 */
export function pepResolution(value: string | undefined): PepFacts['resolution'] {
  if (!value) return null;
  const dated = /^`?\s*(\d{1,2}-[A-Za-z]{3}-\d{4})\s*(?:<([^>]+)>)?/.exec(value);
  if (dated) return { date: pepDate(dated[1]), url: dated[2] ?? null };
  const url = /https?:\/\/\S+/.exec(value)?.[0] ?? null;
  const archived = url && /\/pipermail\/[\w-]+\/(\d{4})-([A-Za-z]+)\//.exec(url);
  const month = archived ? parseDate(`1 ${archived[2]} ${archived[1]}`) : null;
  return { date: month ? month.slice(0, 7) : null, url };
}

export interface PepHeadersRead {
  peps: Map<number, PepFacts>;
  problems: string[];
}

export function parsePepHeaders(text: string): PepHeadersRead {
  const peps = new Map<number, PepFacts>();
  const problems: string[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    if (!block.trim()) continue;
    const field = fields(block);
    const number = Number(field.get('pep'));
    const title = field.get('title');
    const status = field.get('status');
    if (!Number.isInteger(number) || number < 0 || !title || !status) {
      problems.push(`A header block without a number, title or status: ${block.slice(0, 60)}`);
      continue;
    }
    peps.set(number, {
      number,
      title,
      status: status.trim(),
      type: field.get('type') ?? '',
      authors: (field.get('author') ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
      created: pepDate(field.get('created') ?? ''),
      pythonVersions: (field.get('python-version') ?? '')
        .split(',')
        .map((version) => version.trim())
        .filter((version) => /^\d+\.\d+$/.test(version)),
      resolution: pepResolution(field.get('resolution')),
      replaces: numbers(field.get('replaces')),
      supersededBy: numbers(field.get('superseded-by')),
    });
  }
  return { peps, problems };
}

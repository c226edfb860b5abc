// The file main holds for the page's kept changes (changes the database could not take yet), so a
// change still waiting when the app quits is applied at the next start. Every write is checked and
// size-capped here, written atomically, and removed when nothing waits.

import { readFile, rm } from 'node:fs/promises';
import { parseKeptChanges } from '../../shared/keptChanges';
import { writeFileAtomic } from '../fsAtomic';

export class KeptChangesFile {
  /** Writes run one after another, so the file always ends as the last set handed over. */
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly path: string) {}

  /** Holds the page's kept changes; an empty list removes the file. Throws on anything malformed. */
  async hold(text: string): Promise<void> {
    const parsed = parseKeptChanges(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const write = async (): Promise<void> => {
      if (parsed.changes.length === 0) await rm(this.path, { force: true });
      else await writeFileAtomic(this.path, JSON.stringify(parsed.changes));
    };
    const next = this.writing.then(write, write);
    this.writing = next.catch(() => undefined);
    await next;
  }

  /** The changes held from the last session, checked again, or null when none (or unreadable). */
  async read(): Promise<string | null> {
    const text = await readFile(this.path, 'utf8').catch(() => null);
    if (text === null) return null;
    const parsed = parseKeptChanges(text);
    return parsed.ok && parsed.changes.length > 0 ? JSON.stringify(parsed.changes) : null;
  }
}

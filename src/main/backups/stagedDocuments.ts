// Restoring the imported documents of a backup in two steps, so a restore is all or nothing:
// `stage` checks every document and holds it without touching the library; after the page has
// applied the database part, `commit` adds them, and undoes its own additions if any one fails.
// What is staged is held in memory, so it is bounded: a set expires after ten minutes, and only a
// few sets and so many bytes are held at once (the oldest go first).

import { randomUUID } from 'node:crypto';
import type { BackupDocument } from '../../shared/backup/backupFormat';
import type { ParseResult } from '../corpus/parseDocument';
import type { LibraryService } from '../library/libraryService';

export interface StageOutcome {
  token: string;
  toAdd: number;
  alreadyThere: number;
  /** Documents that cannot be restored; when any is, nothing should be. */
  refused: string[];
}

/** A document checked at staging, held with its parse so the commit need not read it again. */
interface HeldDocument {
  fileName: string;
  bytes: Uint8Array;
  parsed: ParseResult;
  yearOverride: BackupDocument['yearOverride'];
}

/** A staged restore left unfinished this long is dropped. */
export const STAGED_TTL_MS = 10 * 60 * 1000;
/** At most this many staged restores are held; staging another drops the oldest. */
export const MAX_STAGED_SETS = 3;
/** At most this many bytes of staged documents are held in all. */
export const MAX_STAGED_BYTES = 200 * 1024 * 1024;

interface StagedSet {
  held: HeldDocument[];
  at: number;
  bytes: number;
}

export class DocumentStaging {
  private readonly staged = new Map<string, StagedSet>();

  constructor(
    private readonly service: LibraryService,
    private readonly now: () => number = Date.now,
    private readonly limits = { sets: MAX_STAGED_SETS, bytes: MAX_STAGED_BYTES },
  ) {}

  private dropExpired(): void {
    for (const [token, set] of this.staged) if (this.now() - set.at >= STAGED_TTL_MS) this.staged.delete(token);
  }

  /** Makes room for a set of `bytes`, dropping the oldest sets; false when it could never fit. */
  private makeRoom(bytes: number): boolean {
    if (bytes > this.limits.bytes) return false;
    const total = (): number => [...this.staged.values()].reduce((sum, set) => sum + set.bytes, 0);
    // A Map keeps insertion order: the first entry is the oldest.
    for (const token of this.staged.keys()) {
      if (this.staged.size < this.limits.sets && total() + bytes <= this.limits.bytes) break;
      this.staged.delete(token);
    }
    return true;
  }

  async stage(documents: BackupDocument[]): Promise<StageOutcome> {
    this.dropExpired();
    // Counted from the base64 before anything is decoded or parsed.
    const bytes = documents.reduce((sum, document) => sum + Math.floor((document.base64.length * 3) / 4), 0);
    if (!this.makeRoom(bytes))
      return {
        token: randomUUID(),
        toAdd: 0,
        alreadyThere: 0,
        refused: [
          `The backup's documents are larger than ${MAX_STAGED_BYTES / 1024 / 1024} MB in all, so none were restored.`,
        ],
      };
    const held: HeldDocument[] = [];
    const refused: string[] = [];
    let alreadyThere = 0;
    const known = new Set(this.service.current().documents.map((document) => document.id));
    for (const document of documents) {
      const bytes = new Uint8Array(Buffer.from(document.base64, 'base64'));
      const parsed = await this.service.parseBytes(bytes);
      if (!parsed.ok) refused.push(`${document.fileName}: ${parsed.error}`);
      else if (known.has(parsed.document.id)) alreadyThere++;
      else {
        known.add(parsed.document.id);
        held.push({ fileName: document.fileName, bytes, parsed, yearOverride: document.yearOverride });
      }
    }
    const token = randomUUID();
    this.staged.set(token, { held, at: this.now(), bytes });
    // Dropped when it expires even if nothing else is staged or committed meanwhile.
    setTimeout(() => this.dropExpired(), STAGED_TTL_MS + 1000).unref?.();
    return { token, toAdd: held.length, alreadyThere, refused };
  }

  /** Adds the staged documents; if one cannot be added, removes those it added and reports why. */
  async commit(token: string): Promise<{ ok: true; added: number } | { ok: false; error: string }> {
    this.dropExpired();
    const held = this.staged.get(token)?.held;
    this.staged.delete(token);
    if (!held)
      return {
        ok: false,
        error:
          'The restore waited too long or was replaced by another, so its documents were let go. Choose Restore again.',
      };
    const added: string[] = [];
    try {
      for (const document of held) {
        const outcome = await this.service.importParsed(document.fileName, document.bytes, document.parsed);
        if (!outcome.ok || !outcome.sourceId) throw new Error(`${document.fileName}: ${outcome.message}`);
        added.push(outcome.sourceId);
        if (document.yearOverride !== null)
          await this.service.setYear(
            outcome.sourceId,
            document.yearOverride === 'other' ? null : document.yearOverride,
          );
      }
      return { ok: true, added: added.length };
    } catch (error) {
      for (const id of added.reverse()) await this.service.remove(id).catch(() => false);
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  discard(token: string): void {
    this.staged.delete(token);
  }

  /** How many restores are staged now (for tests of the limits). */
  get size(): number {
    this.dropExpired();
    return this.staged.size;
  }
}

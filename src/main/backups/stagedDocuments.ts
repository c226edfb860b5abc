// Restoring the imported documents of a backup in two steps, so a restore is all or nothing:
// `stage` checks every document and holds it without touching the library; after the page has
// applied the database part, `commit` adds them, and undoes its own additions if any one fails.

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

export class DocumentStaging {
  private readonly staged = new Map<string, HeldDocument[]>();

  constructor(private readonly service: LibraryService) {}

  async stage(documents: BackupDocument[]): Promise<StageOutcome> {
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
    this.staged.set(token, held);
    return { token, toAdd: held.length, alreadyThere, refused };
  }

  /** Adds the staged documents; if one cannot be added, removes those it added and reports why. */
  async commit(token: string): Promise<{ ok: true; added: number } | { ok: false; error: string }> {
    const held = this.staged.get(token);
    this.staged.delete(token);
    if (!held) return { ok: false, error: 'Nothing was staged under that token.' };
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
}

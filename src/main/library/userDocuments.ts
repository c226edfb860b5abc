// Documents the reader imported, kept in the user-data folder exactly as they arrived, with the
// summit year the reader chose. They are parsed with the same parsers as the bundled corpus.

import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { shortHash } from '../../shared/hash';
import type { SourceDocument } from '../../shared/model';
import { PARSER_VERSION } from '../corpus/parseDocument';
import { writeFileAtomic } from '../fsAtomic';

export interface StoredDocument {
  storeId: string;
  fileName: string;
  importedAt: string;
  /** The reader's correction: a year, "other" for no summit, or null to keep the detected year. */
  yearOverride: number | 'other' | null;
  /** The parsed document's id, to find it again from the library. */
  documentId: string;
}

export class UserDocumentStore {
  constructor(private readonly directory: string) {}

  private metaPath(storeId: string): string {
    return join(this.directory, `${storeId}.json`);
  }

  private sourcePath(storeId: string): string {
    return join(this.directory, `${storeId}.source`);
  }

  /** What the parsers made of the document, so start-up need not parse it again. */
  private parsedPath(storeId: string): string {
    return join(this.directory, `${storeId}.parsed`);
  }

  /** The stored parse, when today's parsers made it; null means parse the source again. */
  private async readParsed(storeId: string): Promise<SourceDocument | null> {
    try {
      const stored = JSON.parse(await readFile(this.parsedPath(storeId), 'utf8')) as {
        parserVersion?: unknown;
        document?: SourceDocument;
      };
      return stored.parserVersion === PARSER_VERSION && stored.document ? stored.document : null;
    } catch {
      return null;
    }
  }

  async saveParsed(storeId: string, document: SourceDocument): Promise<void> {
    await writeFileAtomic(this.parsedPath(storeId), JSON.stringify({ parserVersion: PARSER_VERSION, document }));
  }

  async list(): Promise<{ meta: StoredDocument; bytes: Uint8Array; parsed: SourceDocument | null }[]> {
    let names: string[];
    try {
      names = await readdir(this.directory);
    } catch {
      return [];
    }
    const documents = [];
    for (const name of names.filter((candidate) => candidate.endsWith('.json')).sort()) {
      try {
        const meta = JSON.parse(await readFile(join(this.directory, name), 'utf8')) as StoredDocument;
        documents.push({
          meta,
          bytes: await readFile(this.sourcePath(meta.storeId)),
          parsed: await this.readParsed(meta.storeId),
        });
      } catch (error) {
        console.error(`Imported document ${name} could not be read:`, error);
      }
    }
    return documents;
  }

  async add(fileName: string, bytes: Uint8Array, document: SourceDocument): Promise<StoredDocument> {
    const documentId = document.id;
    await mkdir(this.directory, { recursive: true });
    const storeId = `${Date.now().toString(36)}-${shortHash(documentId)}`;
    const meta: StoredDocument = {
      storeId,
      fileName,
      importedAt: new Date().toISOString(),
      yearOverride: null,
      documentId,
    };
    // The source first: a document never appears without its text.
    await writeFileAtomic(this.sourcePath(storeId), bytes);
    await this.saveParsed(storeId, document);
    await writeFileAtomic(this.metaPath(storeId), JSON.stringify(meta, null, 1));
    return meta;
  }

  async update(meta: StoredDocument): Promise<void> {
    await writeFileAtomic(this.metaPath(meta.storeId), JSON.stringify(meta, null, 1));
  }

  async remove(storeId: string): Promise<void> {
    await rm(this.metaPath(storeId), { force: true });
    await rm(this.sourcePath(storeId), { force: true });
    await rm(this.parsedPath(storeId), { force: true });
  }
}

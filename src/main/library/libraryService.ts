// The library main serves: the bundled corpus plus the reader's imported documents, rebuilt
// whenever a document is imported, re-dated or removed.

import type { ImportOutcome } from '../../shared/ipc/contract';
import type { SourceDocument } from '../../shared/model';
import type { TopicsFile } from '../../shared/topics';
import type { ParseResult } from '../corpus/parseDocument';
import { parseInThisThread, type DocumentParser } from './parseOffThread';
import { buildLibrary, type Library } from './library';
import type { StoredDocument, UserDocumentStore } from './userDocuments';

function applyOverride(document: SourceDocument, meta: StoredDocument): SourceDocument {
  if (meta.yearOverride === null) return document;
  return { ...document, summitYear: meta.yearOverride === 'other' ? null : meta.yearOverride };
}

export class LibraryService {
  private library: Library;

  private constructor(
    private readonly bundled: SourceDocument[],
    private readonly topics: TopicsFile | undefined,
    private readonly store: UserDocumentStore | null,
    private readonly stored: Map<string, { meta: StoredDocument; document: SourceDocument }>,
    private readonly bytes: Map<string, Uint8Array>,
    private readonly parse: DocumentParser,
  ) {
    this.library = this.rebuild();
  }

  static async create(
    bundled: SourceDocument[],
    topics: TopicsFile | undefined,
    store: UserDocumentStore | null,
    parse: DocumentParser = parseInThisThread,
  ): Promise<LibraryService> {
    // Imported documents are read first, so the library is built once at start-up.
    const stored = new Map<string, { meta: StoredDocument; document: SourceDocument }>();
    const originals = new Map<string, Uint8Array>();
    for (const { meta, bytes, parsed } of (await store?.list()) ?? []) {
      originals.set(meta.storeId, bytes);
      if (parsed) {
        stored.set(parsed.id, { meta, document: applyOverride(parsed, meta) });
        continue;
      }
      // Parsed by an earlier version of the parsers: read again, and keep the new parse.
      const result = await parse(bytes);
      if (!result.ok) {
        console.error(`Imported document ${meta.fileName} no longer parses: ${result.error}`);
        continue;
      }
      stored.set(result.document.id, { meta, document: applyOverride(result.document, meta) });
      await store?.saveParsed(meta.storeId, result.document).catch(() => undefined);
    }
    return new LibraryService(bundled, topics, store, stored, originals, parse);
  }

  /** Parses a document the way imports are parsed (off the main thread, with a time limit). */
  parseBytes(bytes: Uint8Array): ReturnType<DocumentParser> {
    return this.parse(bytes);
  }

  current(): Library {
    return this.library;
  }

  private rebuild(): Library {
    const imported = [...this.stored.values()].map((entry) => entry.document);
    return buildLibrary([...this.bundled, ...imported], this.topics, new Set(imported.map((document) => document.id)))
      .library;
  }

  async importFile(fileName: string, bytes: Uint8Array): Promise<ImportOutcome> {
    return this.importParsed(fileName, bytes, await this.parse(bytes));
  }

  /** Adds a document already parsed (by `parseBytes`), so a staged restore does not parse it twice. */
  async importParsed(fileName: string, bytes: Uint8Array, result: ParseResult): Promise<ImportOutcome> {
    if (!this.store) return { fileName, ok: false, message: 'Importing is not available here.', warnings: [] };
    if (!result.ok) return { fileName, ok: false, message: result.error, warnings: [] };
    const { document } = result;
    if (this.library.documents.some((existing) => existing.id === document.id)) {
      return { fileName, ok: false, message: `“${document.title}” is already in the library.`, warnings: [] };
    }
    const meta = await this.store.add(fileName, bytes, document);
    this.bytes.set(meta.storeId, bytes);
    this.stored.set(document.id, { meta, document });
    this.library = this.rebuild();
    const summit = document.summitYear ? `the ${document.summitYear} summit` : 'Other (no summit year found)';
    return {
      fileName,
      ok: true,
      message: `Added “${document.title}” under ${summit}, with ${document.talks.length} talk${document.talks.length === 1 ? '' : 's'}.`,
      warnings: result.warnings,
      sourceId: document.id,
    };
  }

  /** The imported documents' original bytes and the reader's year corrections, for backups. */
  importedFiles(): { fileName: string; bytes: Uint8Array; yearOverride: number | 'other' | null }[] {
    return [...this.stored.values()].map(({ meta }) => ({
      fileName: meta.fileName,
      bytes: this.bytes.get(meta.storeId) ?? new Uint8Array(),
      yearOverride: meta.yearOverride,
    }));
  }

  async setYear(sourceId: string, year: number | null): Promise<boolean> {
    const entry = this.stored.get(sourceId);
    if (!entry || !this.store) return false;
    const meta: StoredDocument = { ...entry.meta, yearOverride: year === null ? 'other' : year };
    await this.store.update(meta);
    this.stored.set(sourceId, { meta, document: { ...entry.document, summitYear: year } });
    this.library = this.rebuild();
    return true;
  }

  /** Removes an imported document; the reader's notes on it stay, as orphans, until they delete them. */
  async remove(sourceId: string): Promise<boolean> {
    const entry = this.stored.get(sourceId);
    if (!entry || !this.store) return false;
    await this.store.remove(entry.meta.storeId);
    this.stored.delete(sourceId);
    this.library = this.rebuild();
    return true;
  }
}

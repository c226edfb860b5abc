import { describe, expect, it } from 'vitest';
import { parseDocumentText } from '../corpus/parseDocument';
import { BUNDLED, loadBundledLibrary, parseBundled } from '../../../test/fixtures/bundledCorpus';
import { buildLibrary } from './library';

function parse(text: string): ReturnType<typeof parseBundled> {
  const result = parseDocumentText(text);
  if (!result.ok) throw new Error(result.error);
  return result.document;
}

describe('the bundled library', () => {
  it('holds the four summits, 2022 to 2025, with every file parsed', async () => {
    const { library, problems } = await loadBundledLibrary();
    expect(problems).toEqual([]);
    expect(library.index.summits.map((summit) => summit.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(library.index.summits.map((summit) => summit.sources.length)).toEqual([1, 1, 1, 2]);
    expect(library.index.other).toEqual([]);
  });

  it('serves talks without their text in the index, and with it one at a time', async () => {
    const { library } = await loadBundledLibrary();
    const summary = library.index.summits[1].sources[0].talks[0];
    expect(summary).not.toHaveProperty('blocks');
    expect(library.talk(summary.id)?.talk.blocks.length).toBe(summary.blockCount);
    expect(library.talk('missing')).toBeNull();
  });

  it('lists every speaker once, alphabetically, accented names among the rest', async () => {
    const { library } = await loadBundledLibrary();
    const everyone = new Set(
      [...library.index.summits.flatMap((summit) => summit.sources), ...library.index.other].flatMap((source) =>
        source.talks.flatMap((talk) => talk.speakers),
      ),
    );
    expect([...library.index.speakers].sort()).toEqual([...everyone].sort());
    expect(library.index.speakers).toContain('Łukasz Langa');
    expect(library.index.speakers.indexOf('Łukasz Langa')).toBeLessThan(library.index.speakers.indexOf('Mark Shannon'));
    expect(library.index.speakers.indexOf('Barry Warsaw')).toBeLessThan(library.index.speakers.indexOf('Brett Cannon'));
  });
});

describe('the corpus version', () => {
  const base = [parseBundled(BUNDLED.lightning2024), parseBundled(BUNDLED.lightning2025)];

  it('stays the same for the same parsed corpus, in any load order', () => {
    expect(buildLibrary(base).library.index.corpusVersion).toBe(
      buildLibrary([...base].reverse()).library.index.corpusVersion,
    );
  });

  it('changes when the parsed text changes', () => {
    const edited = parse('---\ntitle: A\n---\n\n## Talk\n\nJane Doe presented one thing.\n');
    const changed = parse('---\ntitle: A\n---\n\n## Talk\n\nJane Doe presented another thing.\n');
    expect(buildLibrary([...base, edited]).library.index.corpusVersion).not.toBe(
      buildLibrary([...base, changed]).library.index.corpusVersion,
    );
  });

  it('does not change for a byte change that parses to the same model', () => {
    const plainText = '---\ntitle: A\n---\n\n## Talk\n\nJane Doe presented one thing.\n';
    const spacedText = '---\ntitle: A\n---\n\n\n## Talk\n\nJane Doe presented one thing.   \n\n';
    const version = (text: string): string => buildLibrary([parse(text)]).library.index.corpusVersion;
    expect(version(spacedText)).toBe(version(plainText));
    // The same check is sensitive: a change to the words gives another version.
    expect(version(plainText.replace('one thing', 'two things'))).not.toBe(version(plainText));
  });
});

describe('ids when documents are added', () => {
  it('keeps every existing talk and block id', () => {
    const before = buildLibrary([parseBundled(BUNDLED.posts2023)]).library;
    const after = buildLibrary([parse('# Another\n\n## New talk\n\nText.'), parseBundled(BUNDLED.posts2023)]).library;
    const ids = (library: typeof before): string[] =>
      library.documents
        .filter((document) => document.summitYear === 2023)
        .flatMap((document) => document.talks.flatMap((talk) => [talk.id, ...talk.blocks.map((block) => block.id)]));
    expect(ids(after)).toEqual(ids(before));
  });

  it('leaves a second copy of the same document out, and reports it', () => {
    const { library, duplicates } = buildLibrary([
      parseBundled(BUNDLED.lightning2024),
      parseBundled(BUNDLED.lightning2024),
    ]);
    expect(library.documents).toHaveLength(1);
    expect(duplicates).toHaveLength(1);
  });
});

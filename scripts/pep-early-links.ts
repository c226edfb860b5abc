// `npm run peps:earlier [-- file...]`: lists every link the "discussed before it had a
// number" rule makes over the bundled corpus and the evaluation documents (or the given files),
// with its evidence and passage, so each can be checked by hand.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocumentBytes } from '../src/main/corpus/parseDocument';
import { parsePepHeaders } from '../src/main/peps/pepHeaders';
import {
  earlyDiscussionLabel,
  findEarlyDiscussions,
  prepareEarlyDiscussion,
} from '../src/shared/peps/pepEarlyDiscussion';

const root = join(import.meta.dirname, '..');
const folders = [join(root, 'resources', 'corpus'), join(root, 'test', 'corpus-eval', 'docs')];
const given = process.argv.slice(2);
const files = given.length
  ? given
  : folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => !/^(SOURCES|README)\.md$/.test(name))
        .map((name) => join(folder, name)),
    );
const { peps } = parsePepHeaders(readFileSync(join(root, 'resources', 'peps', 'pep-headers.txt'), 'utf8'));
const index = prepareEarlyDiscussion(peps.values());
let links = 0;
for (const file of files) {
  const parsed = parseDocumentBytes(readFileSync(file));
  if (!parsed.ok) continue;
  for (const talk of parsed.document.talks) {
    if (talk.programmeLink) continue;
    for (const found of findEarlyDiscussions(
      {
        title: talk.title,
        date: parsed.document.date,
        summitYear: parsed.document.summitYear,
        speakers: talk.speakers,
        blocks: talk.blocks,
      },
      index,
    )) {
      links += 1;
      const facts = peps.get(found.pep);
      const block = talk.blocks.find((candidate) => candidate.id === found.evidence.blockId);
      console.log(
        `${file.split('/').pop()} · ${parsed.document.summitYear} summit · dated ${parsed.document.date ?? 'not'} · ${talk.title}`,
      );
      console.log(`  PEP ${found.pep} (created ${facts?.created}): ${facts?.title}`);
      console.log(`  ${earlyDiscussionLabel(found.pep, found.evidence)}`);
      console.log(`  passage: ${block?.text.slice(0, 300).replace(/\s+/g, ' ')}`);
    }
  }
}
console.log(`${links} link(s) over ${files.length} file(s).`);

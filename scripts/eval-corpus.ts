// `npm run eval:corpus [folder] [--verbose] [--half=A|B]`: prints the parsers' metrics on a set of
// documents with ground truth (default: test/corpus-eval), the same metrics as the dev set's
// scorer; `--half` scores one half of the split written in the set's halves.json.

import { join } from 'node:path';
import { evaluateCorpus, readHalves } from '../src/main/corpus/evaluation';

const args = process.argv.slice(2);
const folder = args.find((arg) => !arg.startsWith('--')) ?? join(import.meta.dirname, '..', 'test', 'corpus-eval');
const half = args.find((arg) => arg.startsWith('--half='))?.slice('--half='.length);
if (half !== undefined && half !== 'A' && half !== 'B') throw new Error('--half is A or B');
const metrics = evaluateCorpus(folder, half ? readHalves(folder)[half] : undefined);
if (args.includes('--verbose')) for (const note of metrics.notes) console.log(note);
const { notes, ...figures } = metrics;
console.log(
  JSON.stringify({
    parsed: `${figures.parsed}/${figures.documents}`,
    year: figures.year,
    title: figures.title,
    talkRecall: figures.talkRecall,
    talkPrecision: figures.talkPrecision,
    speakerRecall: figures.speakerRecall,
    speakerPrecision: figures.speakerPrecision,
    transcripts: `${figures.transcripts}/${figures.transcriptsTotal}`,
  }),
);
console.log(`${notes.length} miss(es).`);

// `npm run eval:corpus [folder] [--verbose]`: prints the parsers' metrics on a set of documents
// with ground truth (default: test/corpus-eval), the same metrics as the dev set's scorer.

import { join } from 'node:path';
import { evaluateCorpus } from '../src/main/corpus/evaluation';

const args = process.argv.slice(2);
const folder = args.find((arg) => !arg.startsWith('--')) ?? join(import.meta.dirname, '..', 'test', 'corpus-eval');
const metrics = evaluateCorpus(folder);
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

// Prints one closing line for the whole suite from the unit and end-to-end reports.

import { readFileSync } from 'node:fs';

function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    console.error(`No test report at ${path}: that part of the suite did not run.`);
    process.exit(1);
  }
}

const unit = read('reports/unit.json');
const e2e = read('reports/e2e.json');
const passed = unit.numPassedTests + e2e.stats.expected + e2e.stats.flaky;
const failed = unit.numFailedTests + e2e.stats.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;
console.log(
  `Unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed. End-to-end: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.skipped} skipped.`,
);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

// Runs Electronegativity on the built app (main bundle and page) and fails on any HIGH or MEDIUM
// finding of FIRM or CERTAIN confidence, except the manual-review checks listed below with the
// review that answers them. It cannot fetch Electron's release list offline, so the Electron
// version is passed in from the lock file.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Checks that flag every use of a feature for a person to review, and that review. */
const REVIEWED = {
  PRELOAD_JS_CHECK:
    "The reading window's preload exposes only the contract methods and event subscriptions, generated from src/shared/ipc/contract.ts (e2e/bridge.spec.ts checks that surface); the sync sign-in window's preload exposes only submit and cancel (src/preload/signIn.ts; e2e/sync-sign-in.spec.ts checks its sender rules).",
};

const root = join(import.meta.dirname, '..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const electronVersion = lock.packages['node_modules/electron'].version;
const report = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'report.csv');
const bin = join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity',
);
const run = spawnSync(bin, ['-i', join(root, 'out'), '-e', electronVersion, '-o', report, '-v', 'false'], {
  encoding: 'utf8',
  shell: process.platform === 'win32',
});
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  console.error(`Electronegativity failed to run (exit ${run.status}).`);
  process.exit(1);
}
const rows = readFileSync(report, 'utf8').trim().split('\n').slice(1);
const findings = rows.map((row) => row.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
const blocking = findings.filter(
  ([check, severity, confidence]) =>
    /^(HIGH|MEDIUM)$/.test(severity) && /^(FIRM|CERTAIN)$/.test(confidence) && !Object.hasOwn(REVIEWED, check),
);
for (const [check, severity, confidence, file, location] of findings) {
  const review = REVIEWED[check] ? ` (reviewed: ${REVIEWED[check]})` : '';
  console.log(`electronegativity: ${check} ${severity}/${confidence} ${file}:${location}${review}`);
}
if (blocking.length > 0) {
  console.error(`Electronegativity: ${blocking.length} HIGH or MEDIUM finding(s) with FIRM or CERTAIN confidence.`);
  process.exit(1);
}
console.log(
  `Electronegativity (Electron ${electronVersion}): ${findings.length} finding(s), none HIGH or MEDIUM with firm confidence.`,
);

// The kept best backup, in real Chromium with main's side stood in: the notice names it, "Let it go"
// asks main to release that backup and only then hides it, and a refusal leaves it kept and says so.

import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { KeptBackupNotice } from './KeptBackupNotice';

const KEPT = { name: 'auto-backup-000012-l40-2026-12-01.json', savedAt: '2026-12-01T09:30:00.000Z', live: 40 };

let root: Root | null = null;
afterEach(() => {
  root?.unmount();
  root = null;
  document.body.replaceChildren();
});

function mainSide(releaseFails: boolean): string[] {
  const released: string[] = [];
  Object.defineProperty(window, 'summit', {
    value: {
      keptBestAutoBackup: async () => ({ ok: true, value: { backup: KEPT } }),
      releaseAutoBackup: async (name: string) => {
        released.push(name);
        return releaseFails
          ? { ok: false, error: { code: 'internal', message: 'The backups folder could not be written.' } }
          : { ok: true, value: true };
      },
    },
    configurable: true,
  });
  return released;
}

function show(): HTMLElement {
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  flushSync(() => root?.render(<KeptBackupNotice />));
  return container;
}

const notice = (container: HTMLElement) => container.querySelector('[aria-label="Kept backup"]');
const letItGo = (container: HTMLElement) =>
  [...container.querySelectorAll('button')].find((button) => button.textContent === 'Let it go');

it('names the kept backup, and lets it go only through main, by its name', async () => {
  const released = mainSide(false);
  const container = show();
  await expect.poll(() => notice(container)?.textContent ?? '').toContain('holds 40 highlights and notes');
  letItGo(container)?.click();
  await expect.poll(() => notice(container)).toBeNull();
  expect(released).toEqual([KEPT.name]);
});

it('keeps the notice and says why when main could not let the backup go', async () => {
  const released = mainSide(true);
  const container = show();
  await expect.poll(() => letItGo(container)).toBeDefined();
  letItGo(container)?.click();
  await expect
    .poll(() => container.querySelector('[role="alert"]')?.textContent ?? '')
    .toBe('The backup is still kept: The backups folder could not be written.');
  expect(notice(container)).not.toBeNull();
  expect(released).toEqual([KEPT.name]);
});

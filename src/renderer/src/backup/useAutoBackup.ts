// Automatic backups: soon after the first change and then at most every few minutes while things
// change, plus when the window is hidden and when the app quits. At start-up, if the database is
// empty or cannot be opened while backups exist, the newest one is offered instead of silently
// starting empty; until the reader answers, no automatic backup is written.

import { useEffect, useMemo, useRef, useState } from 'react';
import { callMain, onMain } from '../ipc/client';
import { recordCount } from '../storage/backupTables';
import { useLiveAnnotations } from '../storage/liveAnnotations';
import { useToast } from '../ui/ToastProvider';
import { createFullBackup, restoreFull } from './backupStore';
import { parseBackupFile } from './parseBackupFile';

export const AUTO_BACKUP_INTERVAL_MS = 5 * 60 * 1000;
const FIRST_BACKUP_DELAY_MS = 2000;

/** A fingerprint of the reader's data that changes whenever any of it does. */
function useDataFingerprint(): string | undefined {
  const annotations = useLiveAnnotations();
  return useMemo(() => {
    if (!annotations) return undefined;
    const { highlights, talkNotes, readingState, drafts } = annotations;
    const latest = (rows: ReadonlyMap<string, { updatedAt: number }>): number => {
      let max = 0;
      for (const row of rows.values()) max = Math.max(max, row.updatedAt);
      return max;
    };
    return [highlights, talkNotes, readingState, drafts].map((rows) => `${rows.size}:${latest(rows)}`).join('|');
  }, [annotations]);
}

/** Writes an automatic backup; a refusal (too large, say) is told to the reader, never silent. */
async function writeBackup(tell: (message: string) => void): Promise<void> {
  const backup = await createFullBackup();
  const result = await callMain('writeAutoBackup', JSON.stringify(backup));
  if (!result.ok) tell(`The automatic backup was not written: ${result.error.message}`);
}

function useAutomaticBackups(enabled: boolean): void {
  const toast = useToast();
  const tell = useRef((message: string) => toast({ message }));
  useEffect(() => {
    tell.current = (message: string) => toast({ message });
  }, [toast]);
  const fingerprint = useDataFingerprint();
  const first = useRef<string | undefined>(undefined);
  const lastWrite = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!enabled || fingerprint === undefined) return;
    if (first.current === undefined) {
      first.current = fingerprint;
      return;
    }
    if (fingerprint === first.current && lastWrite.current === 0) return;
    window.clearTimeout(timer.current);
    const wait =
      lastWrite.current === 0
        ? FIRST_BACKUP_DELAY_MS
        : Math.max(0, lastWrite.current + AUTO_BACKUP_INTERVAL_MS - Date.now());
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      lastWrite.current = Date.now();
      void writeBackup(tell.current);
    }, wait);
  }, [enabled, fingerprint]);
  useEffect(() => {
    const pendingChanges = (): boolean => timer.current !== undefined;
    const onHide = (): void => {
      if (document.visibilityState === 'hidden' && pendingChanges()) void writeBackup(tell.current);
    };
    document.addEventListener('visibilitychange', onHide);
    // On quit: a last backup when anything changed since the previous one, then let the app go.
    const stopQuitting = onMain('quitting', () => {
      const finish = (): void => void callMain('quitBackupDone');
      if (enabled && pendingChanges()) void writeBackup(tell.current).finally(finish);
      else finish();
    });
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      stopQuitting();
      window.clearTimeout(timer.current);
    };
  }, [enabled]);
}

export type Offer = { name: string; savedAt: string; reason: string } | null;

async function checkForLoss(): Promise<Offer> {
  const backups = await callMain('listAutoBackups');
  if (!backups.ok || backups.value.length === 0) return null;
  const newest = backups.value[0];
  try {
    if ((await recordCount()) > 0) return null;
    return { ...newest, reason: 'Your highlights and notes are not here.' };
  } catch {
    return { ...newest, reason: 'Your highlights and notes could not be opened.' };
  }
}

/**
 * The restore offer: `undefined` while backups and the database are being looked at, then the
 * offer or `null`. Once decided, the page is marked (`data-backup-offer-decided`), so a test can
 * wait for the app's own decision instead of a delay.
 */
export function useRestoreOffer(onLibraryChanged: () => void): {
  offer: Offer | undefined;
  restore: () => Promise<void>;
  decline: () => void;
} {
  const toast = useToast();
  const [offer, setOffer] = useState<Offer | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    void checkForLoss().then((result) => {
      if (cancelled) return;
      setOffer(result);
      document.documentElement.dataset.backupOfferDecided = result ? 'offered' : 'none';
    });
    return () => {
      cancelled = true;
    };
  }, []);
  // No automatic backup may overwrite the good ones before the reader has answered.
  useAutomaticBackups(offer === null);
  const restore = async (): Promise<void> => {
    if (!offer) return;
    const content = await callMain('readAutoBackup', offer.name);
    const parsed = content.ok ? await parseBackupFile(content.value) : null;
    if (!parsed || !parsed.ok) {
      toast({
        message: `The backup could not be used: ${content.ok ? (parsed && !parsed.ok ? parsed.error : '') : content.error.message}`,
      });
      return setOffer(null);
    }
    const restored = await restoreFull(parsed.backup);
    if (!restored.ok) {
      toast({ message: `The backup could not be restored: ${restored.error}` });
      return setOffer(null);
    }
    if (restored.documentsAdded > 0) onLibraryChanged();
    toast({ message: `Restored the automatic backup from ${new Date(offer.savedAt).toLocaleString()}.` });
    setOffer(null);
  };
  return { offer, restore, decline: () => setOffer(null) };
}

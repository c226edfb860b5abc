// The reader settings, stored in IndexedDB and applied to the page whenever they change.

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo } from 'react';
import { setSetting } from '../storage/annotationsRepository';
import { db } from '../storage/db';
import { applySettings, DEFAULT_SETTINGS, normalizeSettings, type ReaderSettings } from './readerSettings';

const KEY = 'reader';

export function useReaderSettings(): {
  settings: ReaderSettings;
  loaded: boolean;
  update: (changes: Partial<ReaderSettings>) => void;
} {
  const stored = useLiveQuery(async () => (await db().settings.get(KEY))?.value ?? null, []);
  const settings = useMemo(() => (stored === undefined ? DEFAULT_SETTINGS : normalizeSettings(stored)), [stored]);
  useEffect(() => {
    if (stored !== undefined) applySettings(settings);
  }, [stored, settings]);
  const update = useCallback(
    (changes: Partial<ReaderSettings>) =>
      void db()
        .settings.get(KEY)
        .then((current) =>
          setSetting(db(), KEY, normalizeSettings({ ...normalizeSettings(current?.value), ...changes })),
        ),
    [],
  );
  return { settings, loaded: stored !== undefined, update };
}

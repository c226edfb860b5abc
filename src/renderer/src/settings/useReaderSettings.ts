// The reader settings, stored in IndexedDB and applied to the page whenever they change. A change
// shows at once; the stored copy follows.

import { useCallback, useEffect, useMemo, useState } from 'react';
import { getSetting, setSetting } from '../storage/settings';
import { useStoredSetting } from '../storage/useStoredRecords';
import {
  applySettings,
  DARK_SCHEME_QUERY,
  DEFAULT_SETTINGS,
  normalizeSettings,
  type ReaderSettings,
} from './readerSettings';

const KEY = 'reader';

export function useReaderSettings(): {
  settings: ReaderSettings;
  loaded: boolean;
  update: (changes: Partial<ReaderSettings>) => void;
} {
  const stored = useStoredSetting(KEY);
  const [changes, setChanges] = useState<Partial<ReaderSettings>>({});
  const settings = useMemo(
    () => normalizeSettings({ ...(stored === undefined ? DEFAULT_SETTINGS : normalizeSettings(stored)), ...changes }),
    [stored, changes],
  );
  useEffect(() => {
    if (stored === undefined) return;
    applySettings(settings);
    // "Follow the system" changes with the system, while the app is open.
    const scheme = window.matchMedia(DARK_SCHEME_QUERY);
    const follow = (): void => applySettings(settings);
    scheme.addEventListener('change', follow);
    return () => scheme.removeEventListener('change', follow);
  }, [stored, settings]);
  const update = useCallback((next: Partial<ReaderSettings>) => {
    setChanges((current) => ({ ...current, ...next }));
    void getSetting<unknown>(KEY).then((current) =>
      setSetting(KEY, normalizeSettings({ ...normalizeSettings(current), ...next })),
    );
  }, []);
  return { settings, loaded: stored !== undefined, update };
}

// Settings → Sync: sign-in (in a window main owns), sync now, last synced, and on or off.

import { useState } from 'react';
import { syncService } from './syncService';
import { statusText, useSyncView } from './useSyncStatus';

export function SyncSection(): React.JSX.Element {
  const { status, account, enabled, signingIn } = useSyncView();
  const [message, setMessage] = useState<string | null>(null);

  const signIn = async (): Promise<void> => {
    setMessage(await syncService.signIn());
  };

  return (
    <section className="sync-section" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync</h2>
      {account ? (
        <>
          <p>
            Signed in as <strong>{account.username}</strong> to <strong>{account.database}</strong> on{' '}
            {account.serverUrl}.
          </p>
          {account.serverAdmin && (
            <p className="status warning" role="note">
              This account administers the whole server. A member account of this database alone is safer: see “Secure
              it” in the sync guide.
            </p>
          )}
          <label>
            <input
              type="checkbox"
              checked={enabled}
              onChange={(event) => void syncService.setEnabled(event.target.checked)}
            />{' '}
            Sync highlights, notes and reading places
          </label>
          <p className="muted" role="status" aria-label="Last sync">
            {statusText(status)}
          </p>
          <div className="editor-actions">
            <button type="button" disabled={!enabled} onClick={() => void syncService.syncNow()}>
              Sync now
            </button>
            <button type="button" onClick={() => void syncService.signOut()}>
              Sign out
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="muted">
            Use your own CouchDB server to read on several computers. You sign in in a separate window of the app; the
            password is kept encrypted by the system, and sync runs only while it is switched on.
          </p>
          <div className="editor-actions">
            <button type="button" onClick={() => void signIn()}>
              Sign in…
            </button>
            {signingIn && (
              <span className="muted" role="status">
                Signing in, in its own window…
              </span>
            )}
          </div>
        </>
      )}
      {message && (
        <p className="status error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}

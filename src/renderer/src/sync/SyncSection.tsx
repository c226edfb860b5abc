// Settings → Sync: the reader's own CouchDB server, sign-in, sync now, last synced, and on or off.

import { useState } from 'react';
import { syncService } from './syncService';
import { statusText, useSyncView } from './useSyncStatus';

export function SyncSection(): React.JSX.Element {
  const { status, account, enabled, remembered } = useSyncView();
  const [form, setForm] = useState({
    serverUrl: remembered?.serverUrl ?? '',
    database: remembered?.database ?? '',
    username: remembered?.username ?? '',
    password: '',
  });
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (name: keyof typeof form) => ({
    value: form[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [name]: event.target.value }),
  });

  const signIn = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const { password, ...details } = form;
    const refused = await syncService.signIn(details, password);
    setBusy(false);
    setMessage(refused ?? null);
    if (!refused) setForm({ ...form, password: '' });
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
        <form className="sync-form" onSubmit={(event) => void signIn(event)}>
          <p className="muted">
            Use your own CouchDB server to read on several computers. The password is kept encrypted by the system; sync
            runs only while it is switched on.
          </p>
          <label>
            Server address
            <input type="url" required placeholder="https://couch.example.org" {...field('serverUrl')} />
          </label>
          <label>
            Database
            <input required placeholder="my-summit-notes" {...field('database')} />
          </label>
          <label>
            User name
            <input required autoComplete="username" {...field('username')} />
          </label>
          <label>
            Password
            <input type="password" required autoComplete="current-password" {...field('password')} />
          </label>
          <div className="editor-actions">
            <button type="submit" disabled={busy}>
              {busy ? 'Signing in…' : 'Sign in'}
            </button>
          </div>
        </form>
      )}
      {message && (
        <p className="status error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}

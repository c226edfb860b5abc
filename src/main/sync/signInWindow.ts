// The sync sign-in window, owned by main: its own page (app://…/sign-in.html) and its own preload,
// which offers only submit and cancel. The reader's page may ask for it to open, and learns only
// the account that was signed in to (never the password); the address and password are typed
// here and go straight to main, which checks them against the server.

import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { SIGN_IN_CHANNELS, SIGN_IN_PAGE_PATH, type SignInAnswer } from '../../shared/ipc/signIn';
import { signInDetails, type SyncAccountView } from '../../shared/sync/syncApi';
import { APP_ORIGIN } from '../protocol/appProtocol';
import { devServerPage, isSignInPageUrl, isTrustedSenderFrame } from '../security/appUrl';
import type { SyncConnection } from './syncConnection';
import { SyncFailure } from './syncHttp';

interface OpenSignIn {
  window: BrowserWindow;
  finish(account: SyncAccountView | null): void;
}

export class SignInWindow {
  private open: OpenSignIn | null = null;

  constructor(
    private readonly connection: SyncConnection,
    private readonly parent: () => BrowserWindow | null,
    /** Told once per window how it ended: the account signed in to, or null. */
    private readonly closed: (account: SyncAccountView | null) => void,
  ) {}

  /** Only the sign-in window's own top frame, on its own page, may submit or cancel. */
  private fromSignInWindow(event: IpcMainInvokeEvent): boolean {
    const frame = event.senderFrame;
    return (
      this.open !== null &&
      event.sender === this.open.window.webContents &&
      isTrustedSenderFrame(frame) &&
      frame !== null &&
      isSignInPageUrl(frame.url)
    );
  }

  install(): void {
    ipcMain.handle(SIGN_IN_CHANNELS.submit, async (event, details: unknown): Promise<SignInAnswer> => {
      if (!this.fromSignInWindow(event)) return { ok: false, message: 'This page may not sign in.' };
      const parsed = signInDetails.safeParse(details);
      if (!parsed.success)
        return { ok: false, message: 'Fill in the server address, database, user name and password.' };
      const { password, ...account } = parsed.data;
      try {
        const signedIn = await this.connection.signIn(account, password);
        this.open?.finish(signedIn);
        return { ok: true };
      } catch (error) {
        if (error instanceof SyncFailure) return { ok: false, message: error.message };
        console.error('Signing in to sync failed inside the app:', error);
        return { ok: false, message: 'Signing in failed inside the app. The error was logged.' };
      }
    });
    ipcMain.handle(SIGN_IN_CHANNELS.cancel, (event) => {
      if (this.fromSignInWindow(event)) this.open?.finish(null);
    });
  }

  /** Opens the window, or brings the open one forward. */
  show(): void {
    if (this.open) {
      this.open.window.focus();
      return;
    }
    const parent = this.parent();
    const window = new BrowserWindow({
      ...(parent ? { parent, modal: true } : {}),
      width: 440,
      height: 560,
      resizable: false,
      minimizable: false,
      show: false,
      title: 'Sign in to sync',
      backgroundColor: '#fbfaf7',
      // The same settings as the reading window, with the sign-in preload. Written out here, not
      // shared: Electronegativity reads each window's settings where the window is made.
      webPreferences: {
        preload: join(import.meta.dirname, '../preload/signIn.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    const open: OpenSignIn = {
      window,
      finish: (account) => {
        if (this.open !== open) return;
        this.open = null;
        this.closed(account);
        if (!window.isDestroyed()) window.close();
      },
    };
    this.open = open;
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => open.finish(null));
    void this.connection.lastDetails().then((last) => {
      if (window.isDestroyed()) return;
      // The details last signed in with (never the password) fill the form, through the page's
      // address: the sign-in preload stays submit and cancel only.
      const page = new URL(devServerPage(SIGN_IN_PAGE_PATH) ?? `${APP_ORIGIN}${SIGN_IN_PAGE_PATH}`);
      if (last) page.search = new URLSearchParams({ ...last }).toString();
      void window.loadURL(page.toString());
    });
  }
}

// The sign-in window's own small contract: its page, the name its preload exposes, the two calls
// it can make (submit and cancel) and the details it submits. The reader's page has none of this:
// it can only ask main to open the window, and never supplies an address or a password. No zod
// here, so the sign-in preload stays small; main checks the details with `signInDetails`.

import type { SignInDetails } from '../sync/syncApi';

/** The sign-in window's page, served from app:// like the reader's page. */
export const SIGN_IN_PAGE_PATH = '/sign-in.html';
/** The name under which the sign-in preload exposes submit and cancel. */
export const SIGN_IN_GLOBAL = 'summitSignIn';
export const SIGN_IN_CHANNELS = { submit: 'summit-sign-in:submit', cancel: 'summit-sign-in:cancel' } as const;

/** What a submit comes back with: done (main closes the window), or why not, in words. */
export type SignInAnswer = { ok: true } | { ok: false; message: string };

export interface SignInApi {
  submit(details: SignInDetails): Promise<SignInAnswer>;
  cancel(): Promise<void>;
}

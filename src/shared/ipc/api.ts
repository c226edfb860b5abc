// The shape of the API the preload exposes and the renderer's client calls.

import type { IpcArgs, IpcMethod, IpcReturn } from './contract';
import type { IpcResult } from './result';

export type SummitApi = {
  [M in IpcMethod]: (...args: IpcArgs<M>) => Promise<IpcResult<IpcReturn<M>>>;
} & {
  /** Runs `listener` with an action id whenever the application menu asks for one; returns an unsubscribe. */
  onMenuAction(listener: (actionId: string) => void): () => void;
  /** Runs `listener` with each summit-reader:// link the system asks the app to open. */
  onOpenLink(listener: (link: string) => void): () => void;
  /** Runs `listener` when the app is about to quit, so the page can write a last backup. */
  onQuitting(listener: () => void): () => void;
};

/** The one message main sends unasked: an application-menu item was chosen. */
export const MENU_ACTION_CHANNEL = 'summit:menu-action';

/** The name under which the preload exposes the API on `window`. */
export const API_GLOBAL = 'summit';

/** Main sends this when the system opens a summit-reader:// link with the app. */
export const OPEN_LINK_CHANNEL = 'summit:open-link';

/** Main sends this before quitting; the page answers with `quitBackupDone`. */
export const QUITTING_CHANNEL = 'summit:quitting';

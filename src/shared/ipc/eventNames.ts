// How an event main sends is named: its channel, and the preload's method to subscribe to it.
// Kept apart from the contract's schemas so that the page can name events without loading them.

/** The channel main sends an event on. */
export function ipcEventChannel(name: string): string {
  return `summit-event:${name}`;
}

/** The preload's name for subscribing to an event: `menuAction` → `onMenuAction`. */
export type IpcEventSubscriber<E extends string> = `on${Capitalize<E>}`;

export function ipcEventSubscriber<E extends string>(name: E): IpcEventSubscriber<E> {
  return `on${name[0].toUpperCase()}${name.slice(1)}` as IpcEventSubscriber<E>;
}

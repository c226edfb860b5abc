// What the open views can do right now. Views provide capabilities while they are mounted; actions
// run whichever are provided, so one registry serves shortcuts, menus and the command palette.
//
// Each owner declares the capabilities it provides beside its own code, by adding them to this
// interface (`declare module '../actions/capabilities'`), so this folder names no feature.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each owner's declaration
export interface Capabilities {}

const providers = new Map<symbol, Partial<Capabilities>>();

/** Registers what a view can do; call the returned function when it unmounts. */
export function provideCapabilities(capabilities: Partial<Capabilities>): () => void {
  const key = Symbol('provider');
  providers.set(key, capabilities);
  return () => providers.delete(key);
}

/** The capabilities currently provided; a later provider overrides an earlier one. */
export function currentCapabilities(): Partial<Capabilities> {
  return Object.assign({}, ...providers.values()) as Partial<Capabilities>;
}

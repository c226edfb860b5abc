// What the open views can do right now. Views provide capabilities while they are mounted; actions
// run whichever are provided, so one registry serves shortcuts, menus and the command palette.
//
// Each owner declares the capabilities it provides beside its own code, by adding them to this
// interface (`declare module '../actions/capabilities'`), so this folder names no feature.
//
// Precedence is explicit: a provider says which layer it belongs to, and a view's capability
// overrides the app's of the same name. Two providers of one capability in the same layer are a
// mistake: the second is refused with an error, rather than one silently winning by the order in
// which they happened to mount.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each owner's declaration
export interface Capabilities {}

/** Layers, lowest first: the app's shell and its handlers, then the view that is open. */
export const PROVIDER_LAYERS = ['app', 'view'] as const;
export type ProviderLayer = (typeof PROVIDER_LAYERS)[number];

interface Provider {
  layer: ProviderLayer;
  /** Read at the moment a command asks, so a provider registers once and stays current. */
  read: () => Partial<Capabilities>;
}

const providers = new Set<Provider>();

/** Registers what a view can do; call the returned function when it unmounts. */
export function provideCapabilities(
  capabilities: Partial<Capabilities> | (() => Partial<Capabilities>),
  layer: ProviderLayer = 'view',
): () => void {
  const provider: Provider = {
    layer,
    read: typeof capabilities === 'function' ? capabilities : () => capabilities,
  };
  providers.add(provider);
  return () => providers.delete(provider);
}

/** The capabilities currently provided, each from the highest layer that provides it. */
export function currentCapabilities(): Partial<Capabilities> {
  const merged: Record<string, unknown> = {};
  for (const layer of PROVIDER_LAYERS) {
    const owners = new Map<string, Provider>();
    for (const provider of providers) {
      if (provider.layer !== layer) continue;
      for (const [name, capability] of Object.entries(provider.read())) {
        if (capability === undefined) continue;
        const owner = owners.get(name);
        if (owner && owner !== provider) {
          console.error(`Capability "${name}" is provided twice in the ${layer} layer; the second is ignored.`);
          continue;
        }
        owners.set(name, provider);
        merged[name] = capability;
      }
    }
  }
  return merged as Partial<Capabilities>;
}

// Provides a view's capabilities for as long as it is mounted, from the moment its DOM exists.
//
// A layout effect, not a passive one: after a render that was not started by an input event,
// React runs passive effects in a later task, and Chromium runs a pending key press before that
// task. A shortcut pressed as soon as the view appeared found nothing to run and was lost.
//
// The provider is registered once per mount and reads the latest capabilities when asked, so a
// view that re-renders does not withdraw and re-register what it provides.

import { useLayoutEffect, useRef, type DependencyList } from 'react';
import { provideCapabilities, type Capabilities, type ProviderLayer } from './capabilities';

export function useCapabilities(
  make: () => Partial<Capabilities>,
  deps: DependencyList,
  layer: ProviderLayer = 'view',
): void {
  const latest = useRef<Partial<Capabilities>>({});
  useLayoutEffect(() => {
    latest.current = make();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names the dependencies of `make`
  }, deps);
  // Registered after the first capabilities are made, in the same commit.
  useLayoutEffect(() => provideCapabilities(() => latest.current, layer), [layer]);
}

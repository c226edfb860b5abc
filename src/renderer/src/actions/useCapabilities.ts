// Provides a view's capabilities for as long as it is mounted, from the moment its DOM exists.
//
// A layout effect, not a passive one: after a render that was not started by an input event,
// React runs passive effects in a later task, and Chromium runs a pending key press before that
// task. A shortcut pressed as soon as the view appeared found nothing to run and was lost.

import { useLayoutEffect, type DependencyList } from 'react';
import { provideCapabilities, type Capabilities } from './capabilities';

export function useCapabilities(make: () => Partial<Capabilities>, deps: DependencyList): void {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names the dependencies of `make`
  useLayoutEffect(() => provideCapabilities(make()), deps);
}

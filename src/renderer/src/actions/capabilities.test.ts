// Which provider's capability is used is decided by layers, not by the order providers mounted.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentCapabilities, provideCapabilities } from './capabilities';

declare module './capabilities' {
  interface Capabilities {
    layerProbeForTests: () => string;
  }
}

const withdrawals: (() => void)[] = [];
afterEach(() => {
  for (const withdraw of withdrawals.splice(0)) withdraw();
  vi.restoreAllMocks();
});

describe('capability precedence', () => {
  it("uses a view's capability over the app's, whichever was provided first", () => {
    withdrawals.push(provideCapabilities({ layerProbeForTests: () => 'view' }, 'view'));
    withdrawals.push(provideCapabilities({ layerProbeForTests: () => 'app' }, 'app'));
    expect(currentCapabilities().layerProbeForTests?.()).toBe('view');
    withdrawals.splice(0).forEach((withdraw) => withdraw());
    withdrawals.push(provideCapabilities({ layerProbeForTests: () => 'app' }, 'app'));
    withdrawals.push(provideCapabilities({ layerProbeForTests: () => 'view' }, 'view'));
    expect(currentCapabilities().layerProbeForTests?.()).toBe('view');
  });

  it('refuses, with an error, a second provider of one capability in the same layer', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    withdrawals.push(provideCapabilities({ layerProbeForTests: () => 'first' }, 'view'));
    withdrawals.push(provideCapabilities({ layerProbeForTests: () => 'second' }, 'view'));
    expect(currentCapabilities().layerProbeForTests?.()).toBe('first');
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('layerProbeForTests'));
  });
});

// A view's capabilities must exist as soon as its DOM does, in real Chromium: a key press can run
// between a render's commit and the task where React runs passive effects.

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { currentCapabilities } from './capabilities';
import { useCapabilities } from './useCapabilities';

declare module './capabilities' {
  interface Capabilities {
    probeForTests: () => string;
  }
}

function Probe({ label }: { label: string }): React.JSX.Element {
  useCapabilities(() => ({ probeForTests: () => label }), [label]);
  return <p className="probe">{label}</p>;
}

/** Shows the probe only after a resolved promise, as a view does once its data has loaded. */
function LoadsThenShows({ label }: { label: string }): React.JSX.Element | null {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => void Promise.resolve().then(() => setLoaded(true)), []);
  return loaded ? <Probe label={label} /> : null;
}

let root: Root | null = null;
afterEach(() => {
  root?.unmount();
  root = null;
  document.body.replaceChildren();
});

/** What a key press handled right after the DOM changed would see. */
function capabilityWhenProbeAppears(container: HTMLElement): Promise<string | undefined> {
  return new Promise((resolve) => {
    // Mutation records are delivered in a microtask of the commit itself, before any later task.
    const observer = new MutationObserver(() => {
      if (!container.querySelector('.probe')) return;
      observer.disconnect();
      resolve(currentCapabilities().probeForTests?.());
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });
  });
}

it('a view that appears after loading provides its capabilities in the same task', async () => {
  const container = document.body.appendChild(document.createElement('div'));
  const seen = capabilityWhenProbeAppears(container);
  root = createRoot(container);
  root.render(<LoadsThenShows label="first" />);
  expect(await seen).toBe('first');
});

it('withdraws them when the view goes, and provides the new ones when it changes', async () => {
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  const seen = capabilityWhenProbeAppears(container);
  root.render(<LoadsThenShows label="first" />);
  await seen;
  const afterChange = await new Promise<string | undefined>((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve(currentCapabilities().probeForTests?.());
    });
    observer.observe(container, { subtree: true, characterData: true, childList: true });
    root?.render(<Probe label="second" />);
  });
  expect(afterChange).toBe('second');
  flushSync(() => root?.render(<p>none</p>));
  expect(currentCapabilities().probeForTests).toBeUndefined();
});

it('registers once per mount: a re-rendered view keeps its place and shows its latest capabilities', () => {
  // Two providers of one capability in one layer: the first to register owns it. Were the first
  // withdrawn and registered again on each render, the second would take it over.
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  const both = (label: string): React.JSX.Element => (
    <>
      <Probe label={label} />
      <Probe label="second provider" />
    </>
  );
  flushSync(() => root?.render(both('first')));
  expect(currentCapabilities().probeForTests?.()).toBe('first');
  flushSync(() => root?.render(both('first, re-rendered')));
  expect(currentCapabilities().probeForTests?.()).toBe('first, re-rendered');
  errors.mockRestore();
});

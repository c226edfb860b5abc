// How long the page's main thread is held, from a Chromium trace: every top-level task the
// page's renderer main thread ran, with its start, its length and the time the thread ran in it.
// Worker threads are left out: the search index loads in a worker precisely so that the page
// never waits for it.

import type { Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time: how long the thread ran, without the time the system gave its core to others. */
  tdur?: number;
  args?: { name?: string };
}

export interface MainThreadTask {
  /** Milliseconds on the trace's clock. */
  start: number;
  /** Wall-clock length. */
  ms: number;
  /** How long the thread actually ran in that time. */
  cpuMs: number;
}

export interface MainThreadTrace {
  /** Stops tracing; the page's main-thread tasks and its user-timing marks, by name. */
  stop(): Promise<{ tasks: MainThreadTask[]; marks: Map<string, number> }>;
}

export async function traceMainThread(page: Page): Promise<MainThreadTrace> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['toplevel', 'blink.user_timing', '__metadata', 'disabled-by-default-devtools.timeline'],
    },
  });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      const markEvents = events
        .filter((event) => event.ph === 'R' || event.ph === 'I' || event.ph === 'n')
        .filter((event) => event.name.startsWith('summit-'));
      // The trace covers every renderer the browser runs (now and then a second one loads a page
      // of the same site); the page's own main thread is the one its marks were made on.
      const pageThreads = new Set(markEvents.map((event) => `${event.pid}:${event.tid}`));
      const mainThreads = new Set(
        events
          .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
          .map((event) => `${event.pid}:${event.tid}`)
          .filter((thread) => pageThreads.size === 0 || pageThreads.has(thread)),
      );
      const tasks = events
        .filter((event) => event.name === 'RunTask' && event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`))
        .map((event) => ({ start: event.ts / 1000, ms: (event.dur ?? 0) / 1000, cpuMs: (event.tdur ?? 0) / 1000 }));
      // The first of each name: the app marks the moment it first shows the library, say.
      const marks = new Map([...markEvents].reverse().map((event) => [event.name, event.ts / 1000]));
      return { tasks, marks };
    },
  };
}

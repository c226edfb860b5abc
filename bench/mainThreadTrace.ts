// How long the page's main thread is held, from a Chromium trace: every top-level task the
// renderer's main thread ran, with its start and length. Worker threads are left out: the search
// index loads in a worker precisely so that the page never waits for it.

import type { Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

export interface MainThreadTask {
  /** Milliseconds on the trace's clock. */
  start: number;
  ms: number;
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
      const mainThreads = new Set(
        events
          .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
          .map((event) => `${event.pid}:${event.tid}`),
      );
      const tasks = events
        .filter((event) => event.name === 'RunTask' && event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`))
        .map((event) => ({ start: event.ts / 1000, ms: (event.dur ?? 0) / 1000 }));
      const marks = new Map(
        events
          .filter((event) => event.ph === 'R' || event.ph === 'I' || event.ph === 'n')
          .filter((event) => event.name.startsWith('summit-'))
          .map((event) => [event.name, event.ts / 1000]),
      );
      return { tasks, marks };
    },
  };
}
